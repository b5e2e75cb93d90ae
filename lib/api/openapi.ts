import { z } from "zod";
import { agreementQuery, eventQuery, namedSchemas, pageSize, partnershipQuery, placeQuery } from "./schemas";

/**
 * The OpenAPI 3.1 document of the JSON API (/api/v1/openapi.json), generated from the zod schemas that the routes
 * validate their parameters with and shape their answers through (./schemas.ts). OpenAPI 3.1's schemas are JSON Schema
 * draft 2020-12, zod 4's default target: parameters are described as a client writes them (io "input"), answers as
 * the API sends them (io "output").
 */

type JsonSchema = Record<string, unknown>;

function jsonSchemaOf(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: "draft-2020-12", io }) as JsonSchema;
  return rest;
}

const ref = (name: keyof typeof namedSchemas) => ({ $ref: `#/components/schemas/${name}` });

/** A query schema's fields as OpenAPI parameters, each with its own JSON Schema and description. */
function queryParameters(schema: z.ZodObject): JsonSchema[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const { description, ...fieldSchema } = jsonSchemaOf(field as z.ZodType, "input");
    return {
      name,
      in: "query",
      required: !(field as z.ZodType).safeParse(undefined).success,
      ...(description ? { description } : {}),
      schema: fieldSchema,
    };
  });
}

const slugParameter = (what: string) => ({ name: "slug", in: "path", required: true, description: `The ${what}'s slug, as in its page's address.`, schema: { type: "string" } });

const header = (description: string, type: "integer" | "string" = "integer") => ({ description, schema: { type } });

const rateLimitHeaders = {
  "RateLimit-Limit": header("Requests allowed a minute from one address."),
  "RateLimit-Remaining": header("Requests left in this minute."),
  "RateLimit-Reset": header("Seconds until the count starts again."),
  "RateLimit-Policy": header('The limit and its window, such as "120;w=60".', "string"),
  "X-RateLimit-Limit": header("As RateLimit-Limit."),
  "X-RateLimit-Remaining": header("As RateLimit-Remaining."),
  "X-RateLimit-Reset": header("When the count starts again, in seconds since 1970 (UTC)."),
};

const jsonContent = (name: keyof typeof namedSchemas) => ({ "application/json": { schema: ref(name) } });

const errorResponse = (description: string, headers: JsonSchema = rateLimitHeaders) => ({ description, headers, content: jsonContent("Error") });

function responses(name: keyof typeof namedSchemas, options: { list?: boolean; notFound?: string } = {}): JsonSchema {
  return {
    200: {
      description: "OK",
      headers: {
        ETag: header("The answer's version: send it back in If-None-Match to get a 304 while it is unchanged.", "string"),
        ...(options.list ? { Link: header('The next page, `<…>; rel="next"`, on every page but the last.', "string") } : {}),
        ...rateLimitHeaders,
      },
      content: jsonContent(name),
    },
    304: { description: "Not modified: the If-None-Match ETag is the answer's." },
    400: errorResponse("A bad query parameter or cursor: `issues` says which."),
    ...(options.notFound ? { 404: errorResponse(options.notFound) } : {}),
    429: errorResponse("Too many requests from this address: wait Retry-After seconds.", {
      "Retry-After": header("Seconds to wait."),
      ...rateLimitHeaders,
    }),
    503: errorResponse("The database can't be reached for the moment.", { "Retry-After": header("Seconds to wait.") }),
  };
}

function listOperation(operationId: string, summary: string, query: z.ZodObject, name: keyof typeof namedSchemas): JsonSchema {
  return { get: { operationId, summary, parameters: queryParameters(query), responses: responses(name, { list: true }) } };
}

function recordOperation(operationId: string, summary: string, what: string, name: keyof typeof namedSchemas): JsonSchema {
  return { get: { operationId, summary, parameters: [slugParameter(what)], responses: responses(name, { notFound: `No published ${what} has this slug.` }) } };
}

/** The document; `serverUrl` is the portal's public address (AMITY_SITE_URL). */
export function openApiDocument(serverUrl: string): JsonSchema {
  return {
    openapi: "3.1.0",
    info: {
      title: "Shandong international partnerships: open API",
      version: "1.0.0",
      description: [
        "The published partnerships (sister cities, friendly-cooperation cities, province-state ties) of Shandong Province and its cities, with their places, agreements and events, in English and Chinese. Published records only.",
        `Lists are paged by cursor: each page holds \`limit\` records (default ${pageSize.default}, at most ${pageSize.max}) and the address of the next in \`next\` and in a \`Link: <…>; rel="next"\` header (none on the last page). Follow it unchanged; a cursor stays good while records are published or withdrawn.`,
        "Every answer carries an ETag (send it in If-None-Match for a 304 while nothing changed) and `Access-Control-Allow-Origin: *`. Requests are limited per client address (RateLimit-* headers; 429 with Retry-After beyond it).",
      ].join("\n\n"),
    },
    servers: [{ url: `${serverUrl}/api/v1` }],
    paths: {
      "/partnerships": listOperation("listPartnerships", "Published partnerships, searched and filtered as the directory", partnershipQuery, "PartnershipList"),
      "/partnerships/{slug}": recordOperation("getPartnership", "A published partnership with its places, sources and latest agreements, delegations and events", "partnership", "Partnership"),
      "/places": listOperation("listPlaces", "Published places, Shandong's and their partners", placeQuery, "PlaceList"),
      "/places/{slug}": recordOperation("getPlace", "A published place with its published partnerships", "place", "Place"),
      "/events": listOperation("listEvents", "Published events", eventQuery, "EventList"),
      "/agreements": listOperation("listAgreements", "Published agreements of published partnerships", agreementQuery, "AgreementList"),
    },
    components: {
      schemas: Object.fromEntries(Object.entries(namedSchemas).map(([name, schema]) => [name, jsonSchemaOf(schema, "output")])),
    },
  };
}
