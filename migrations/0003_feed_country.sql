-- Migration 0003: a feed's home country (ISO 3166-1 alpha-2 of the outlet), a weak prior for each report's pair.
-- Nullable, no default: existing feeds have no configured country and keep the outlets table / ccTLD fallback.
ALTER TABLE feeds ADD COLUMN country TEXT;
