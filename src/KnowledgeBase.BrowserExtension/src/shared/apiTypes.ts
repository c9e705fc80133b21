// The REST API's JSON as the extension reads it (docs/api.md in the repository is the contract).

export interface SnippetPart {
  text: string;
  hit: boolean;
}

export interface Hit {
  id: string;
  type: "article" | "template";
  lang: string;
  title: string;
  section?: string | null;
  sectionTitle?: string | null;
  score?: number;
  snippet?: SnippetPart[];
}

export interface SearchResponse {
  query: string;
  results: Hit[];
}

export interface SuggestResponse {
  lang: string;
  results: Hit[];
}

export interface TemplateField {
  name: string;
  label?: string | null;
  type?: string | null;
  required?: boolean;
  options?: string[] | null;
  default?: string | null;
}

export interface TemplateDefinition {
  id: string;
  lang: string;
  title: string;
  channels: string[];
  fields: TemplateField[];
}

export interface RenderRequest {
  id: string;
  values: Record<string, string>;
  channel: string;
}

export interface RenderResponse {
  id: string;
  channel: string;
  text: string;
  html?: string | null;
}
