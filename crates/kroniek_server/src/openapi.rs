//! The OpenAPI description served at `/api/openapi.json`.

/// OpenAPI 3.0 document of the API.
pub const OPENAPI: &str = r##"{
  "openapi": "3.0.3",
  "info": {
    "title": "kroniek",
    "version": "0.1.0",
    "description": "Dated news articles analysed by kroniek: documents with their annotations (SCHEMA.md), full-text search. Read-only unless the server was started with a token."
  },
  "paths": {
    "/api/health": {
      "get": {
        "summary": "Store status",
        "responses": { "200": { "description": "ok and the number of stored documents" } }
      }
    },
    "/api/documents": {
      "get": {
        "summary": "Stored documents by date",
        "parameters": [
          { "name": "from", "in": "query", "schema": { "type": "string", "format": "date" }, "description": "documents whose date may fall on or after this day" },
          { "name": "to", "in": "query", "schema": { "type": "string", "format": "date" }, "description": "documents whose date may fall on or before this day" },
          { "name": "lang", "in": "query", "schema": { "type": "string" } },
          { "name": "limit", "in": "query", "schema": { "type": "integer", "minimum": 1, "maximum": 500, "default": 50 } },
          { "name": "offset", "in": "query", "schema": { "type": "integer", "minimum": 0, "default": 0 } }
        ],
        "responses": {
          "200": { "description": "a page of documents", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/DocumentPage" } } } },
          "400": { "$ref": "#/components/responses/Error" },
          "503": { "$ref": "#/components/responses/Error" }
        }
      },
      "post": {
        "summary": "Analyse and store documents (JSON object, JSON array, JSON Lines, text with a date header, or HTML)",
        "security": [ { "bearer": [] } ],
        "requestBody": { "required": true, "content": { "application/json": {}, "application/x-ndjson": {}, "text/plain": {}, "text/html": {} } },
        "responses": {
          "201": { "description": "what was stored", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/IngestOutcome" } } } },
          "400": { "$ref": "#/components/responses/Error" },
          "401": { "$ref": "#/components/responses/Error" },
          "413": { "$ref": "#/components/responses/Error" }
        }
      }
    },
    "/api/documents/{id}": {
      "get": {
        "summary": "One document's full record (SCHEMA.md)",
        "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string" } } ],
        "responses": {
          "200": { "description": "the record", "content": { "application/json": { "schema": { "type": "object" } } } },
          "404": { "$ref": "#/components/responses/Error" }
        }
      }
    },
    "/api/search": {
      "get": {
        "summary": "Full-text search over titles and texts",
        "parameters": [
          { "name": "q", "in": "query", "required": true, "schema": { "type": "string" } },
          { "name": "limit", "in": "query", "schema": { "type": "integer", "minimum": 1, "maximum": 500, "default": 50 } }
        ],
        "responses": {
          "200": { "description": "hits, best first", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/SearchHits" } } } },
          "400": { "$ref": "#/components/responses/Error" },
          "503": { "$ref": "#/components/responses/Error" }
        }
      }
    }
  },
  "components": {
    "securitySchemes": { "bearer": { "type": "http", "scheme": "bearer" } },
    "responses": {
      "Error": { "description": "an error", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } }
    },
    "schemas": {
      "Error": { "type": "object", "required": ["error", "status"], "properties": { "error": { "type": "string" }, "status": { "type": "integer" } } },
      "Document": { "type": "object", "properties": {
        "id": { "type": "string" }, "source": { "type": "string" }, "url": { "type": "string", "nullable": true },
        "title": { "type": "string", "nullable": true }, "date": { "type": "string", "nullable": true },
        "date_precision": { "type": "string", "enum": ["day", "month", "year", "unknown"] },
        "lang": { "type": "string", "nullable": true }, "bytes": { "type": "integer" } } },
      "DocumentPage": { "type": "object", "properties": {
        "items": { "type": "array", "items": { "$ref": "#/components/schemas/Document" } },
        "limit": { "type": "integer" }, "offset": { "type": "integer" }, "next_offset": { "type": "integer", "nullable": true } } },
      "SearchHits": { "type": "object", "properties": { "items": { "type": "array", "items": { "type": "object", "properties": {
        "id": { "type": "string" }, "title": { "type": "string", "nullable": true }, "date": { "type": "string", "nullable": true },
        "source": { "type": "string" }, "snippet": { "type": "string" }, "rank": { "type": "number" } } } } } },
      "IngestOutcome": { "type": "object", "properties": {
        "stored": { "type": "array", "items": { "type": "string" } },
        "already_stored": { "type": "array", "items": { "type": "string" } },
        "skipped": { "type": "array", "items": { "type": "string" } } } }
    }
  }
}"##;
