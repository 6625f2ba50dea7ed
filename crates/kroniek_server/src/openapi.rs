//! The OpenAPI description served at `/api/openapi.json`.

/// OpenAPI 3.0 document of the API.
pub const OPENAPI: &str = r##"{
  "openapi": "3.0.3",
  "info": {
    "title": "kroniek",
    "version": "0.1.0",
    "description": "Dated news articles analysed by kroniek: documents with their annotations (SCHEMA.md), full-text search, coded events, territorial control and actors. Read-only unless the server was started with a token."
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
    "/api/events": {
      "get": {
        "summary": "Coded events (PLOVER), newest first, as flat rows",
        "parameters": [
          { "name": "actor", "in": "query", "schema": { "type": "string" }, "description": "actor id, a substring of its name, or a CAMEO country code (AFG), on either side" },
          { "name": "type", "in": "query", "schema": { "type": "string" }, "description": "PLOVER type (ASSAULT, CONSULT, …)" },
          { "name": "country", "in": "query", "schema": { "type": "string" }, "description": "ISO 3166-1 alpha-2 country of the event's place" },
          { "name": "from", "in": "query", "schema": { "type": "string", "format": "date" }, "description": "events whose date interval reaches this day or later" },
          { "name": "to", "in": "query", "schema": { "type": "string", "format": "date" }, "description": "events whose date interval starts on or before this day" },
          { "name": "near", "in": "query", "schema": { "type": "string" }, "example": "35.3,69.6,50km", "description": "lat,lon,radius (km, or m with an m suffix)" },
          { "name": "limit", "in": "query", "schema": { "type": "integer", "minimum": 1, "maximum": 500, "default": 50 } },
          { "name": "page", "in": "query", "schema": { "type": "string" }, "description": "the `next` cursor of the previous page" }
        ],
        "responses": {
          "200": { "description": "a page of events", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/EventPage" } } } },
          "400": { "$ref": "#/components/responses/Error" },
          "503": { "$ref": "#/components/responses/Error" }
        }
      }
    },
    "/api/control": {
      "get": {
        "summary": "Territorial control: per region, the latest claim in force at a day",
        "parameters": [
          { "name": "region", "in": "query", "schema": { "type": "string" }, "description": "ISO 3166 code or prefix: AF is Afghanistan and every AF-… region" },
          { "name": "at", "in": "query", "schema": { "type": "string", "format": "date" }, "description": "claims with from ≤ at and (to null or to ≥ at)" },
          { "name": "all", "in": "query", "schema": { "type": "boolean", "default": false }, "description": "every matching claim, not only the latest per region" },
          { "name": "limit", "in": "query", "schema": { "type": "integer", "minimum": 1, "maximum": 500, "default": 50 } }
        ],
        "responses": {
          "200": { "description": "claims", "content": { "application/json": { "schema": { "type": "object", "properties": { "items": { "type": "array", "items": { "$ref": "#/components/schemas/ControlClaim" } } } } } } },
          "400": { "$ref": "#/components/responses/Error" },
          "503": { "$ref": "#/components/responses/Error" }
        }
      }
    },
    "/api/actors": {
      "get": {
        "summary": "Actors of the store, most active first",
        "parameters": [
          { "name": "q", "in": "query", "schema": { "type": "string" }, "description": "actor id or a substring of its name" },
          { "name": "country", "in": "query", "schema": { "type": "string" }, "description": "CAMEO country code (AFG)" },
          { "name": "limit", "in": "query", "schema": { "type": "integer", "minimum": 1, "maximum": 500, "default": 50 } }
        ],
        "responses": {
          "200": { "description": "actors", "content": { "application/json": { "schema": { "type": "object", "properties": { "items": { "type": "array", "items": { "$ref": "#/components/schemas/Actor" } } } } } } },
          "400": { "$ref": "#/components/responses/Error" },
          "503": { "$ref": "#/components/responses/Error" }
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
      "Event": { "type": "object", "properties": {
        "id": { "type": "string", "description": "doc_id#index, stable" }, "event_id": { "type": "string" },
        "doc_id": { "type": "string" }, "url": { "type": "string", "nullable": true },
        "event_date": { "type": "string", "nullable": true, "description": "TIMEX3 value" },
        "date_earliest": { "type": "string", "format": "date", "nullable": true },
        "date_latest": { "type": "string", "format": "date", "nullable": true },
        "year": { "type": "integer", "nullable": true },
        "type": { "type": "string" }, "mode": { "type": "string", "nullable": true },
        "cameo": { "type": "string" }, "quad": { "type": "string" },
        "source_actor": { "type": "string", "nullable": true }, "source_text": { "type": "string", "nullable": true },
        "source_country": { "type": "string", "nullable": true }, "source_sector": { "type": "string", "nullable": true },
        "target_actor": { "type": "string", "nullable": true }, "target_text": { "type": "string", "nullable": true },
        "target_country": { "type": "string", "nullable": true }, "target_sector": { "type": "string", "nullable": true },
        "place_name": { "type": "string", "nullable": true }, "country": { "type": "string", "nullable": true },
        "admin1": { "type": "string", "nullable": true }, "iso3166_2": { "type": "string", "nullable": true },
        "latitude": { "type": "number", "nullable": true }, "longitude": { "type": "number", "nullable": true },
        "evidence": { "type": "string", "description": "the sentence" }, "trigger": { "type": "string" },
        "negated": { "type": "boolean" }, "historical": { "type": "boolean" },
        "modality": { "type": "string", "enum": ["asserted", "reported", "possible", "intended"] },
        "confidence": { "type": "number" },
        "sentence_start": { "type": "integer" }, "sentence_end": { "type": "integer" },
        "trigger_start": { "type": "integer" }, "trigger_end": { "type": "integer" } } },
      "EventPage": { "type": "object", "properties": {
        "items": { "type": "array", "items": { "$ref": "#/components/schemas/Event" } },
        "next": { "type": "string", "nullable": true, "description": "pass as `page` for the next page" } } },
      "ControlClaim": { "type": "object", "properties": {
        "region": { "type": "string" }, "region_name": { "type": "string" },
        "actor": { "type": "string", "nullable": true }, "actor_name": { "type": "string", "nullable": true },
        "status": { "type": "string", "enum": ["held", "contested", "captured", "lost", "claimed"] },
        "from": { "type": "string", "nullable": true }, "to": { "type": "string", "nullable": true },
        "earliest": { "type": "string", "format": "date", "nullable": true }, "latest": { "type": "string", "format": "date", "nullable": true },
        "exceptions": { "type": "array", "items": { "type": "string" } },
        "historical": { "type": "boolean" }, "confidence": { "type": "number" },
        "doc_id": { "type": "string" }, "url": { "type": "string", "nullable": true },
        "evidence": { "type": "string", "nullable": true },
        "evidence_start": { "type": "integer", "nullable": true }, "evidence_end": { "type": "integer", "nullable": true } } },
      "Actor": { "type": "object", "properties": {
        "id": { "type": "string" }, "name": { "type": "string" }, "kind": { "type": "string", "nullable": true },
        "country": { "type": "string", "nullable": true }, "sector": { "type": "string", "nullable": true },
        "documents": { "type": "integer" }, "events": { "type": "integer" } } },
      "IngestOutcome": { "type": "object", "properties": {
        "stored": { "type": "array", "items": { "type": "string" } },
        "already_stored": { "type": "array", "items": { "type": "string" } },
        "skipped": { "type": "array", "items": { "type": "string" } } } }
    }
  }
}"##;
