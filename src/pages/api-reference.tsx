/**
 * The API reference page, rendered on the server from the route registry: no script, no third-party
 * request, so it keeps the pages' strict CSP. The machine-readable description is /openapi.json.
 */
import type { RouteSpec } from "../openapi/registry";
import { Layout } from "./layout";

function fields(schema: RouteSpec["params"]): string[] {
  return schema ? Object.keys(schema.entries) : [];
}

/** The page: every route by tag, with its method, path, summary, parameters and whether it needs the token. */
export function ApiReference(props: { routes: readonly RouteSpec[] }) {
  const tags = [...new Set(props.routes.map((r) => r.tags[0] ?? "other"))];
  return (
    <Layout lang="en" title="Bilateral API reference" path="/docs">
      <h1>Bilateral API reference</h1>
      <p>
        The OpenAPI 3.1 description of every route below is at <a href="/openapi.json">/openapi.json</a>; errors are RFC
        9457 <code>application/problem+json</code>.
      </p>
      {tags.map((tag) => (
        <section>
          <h2>{tag}</h2>
          <ul>
            {props.routes
              .filter((r) => (r.tags[0] ?? "other") === tag)
              .map((r) => {
                const params = [...fields(r.params), ...fields(r.query).map((q) => `?${q}`)];
                return (
                  <li>
                    <code>
                      {r.method.toUpperCase()} {r.path}
                    </code>{" "}
                    — {r.summary}
                    {r.admin ? " (admin token)" : ""}
                    {params.length > 0 ? (
                      <>
                        {" "}
                        · <small>{params.join(", ")}</small>
                      </>
                    ) : null}
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </Layout>
  );
}
