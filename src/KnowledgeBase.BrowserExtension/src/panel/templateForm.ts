import type { KnowledgeBaseApi } from "../shared/api";
import { ApiError } from "../shared/apiError";
import type { RenderResponse, TemplateDefinition, TemplateField } from "../shared/apiTypes";
import { LatestOnly } from "../shared/latestOnly";
import type { Notice } from "./notice";
import type { TabLink } from "./tabLink";

const renderPause = 200;

/**
 * A template's form, its live preview (rendered by the server, so it is exactly what the web app
 * would produce) and Insert. Values typed for a field name are kept for the panel's lifetime and
 * fill the same field in the next template (customer.first_name is typed once per conversation);
 * values the page shares (data-kb-field) fill fields the agent has not typed.
 */
export class TemplateForm {
  private readonly section = document.getElementById("template") as HTMLElement;
  private readonly title = document.getElementById("template-title") as HTMLHeadingElement;
  private readonly channel = document.getElementById("channel") as HTMLSelectElement;
  private readonly form = document.getElementById("fields") as HTMLFormElement;
  private readonly preview = document.getElementById("preview") as HTMLPreElement;
  private readonly insertButton = document.getElementById("insert") as HTMLButtonElement;
  private readonly status = document.getElementById("insert-status") as HTMLSpanElement;
  private readonly typed = new Map<string, string>();
  private readonly renderer: LatestOnly<void, RenderResponse>;
  private template: TemplateDefinition | null = null;
  private pageFields: Record<string, string> = {};

  constructor(
    private readonly api: () => KnowledgeBaseApi | null,
    private readonly tab: () => TabLink | null,
    private readonly notice: Notice,
  ) {
    this.renderer = new LatestOnly<void, RenderResponse>(
      renderPause,
      (_, signal) => this.requireApi().render(this.request(), signal),
      (rendered) => this.showPreview(rendered),
      (error) => this.showRenderError(error),
    );
    this.form.addEventListener("input", (event) => {
      const input = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
      this.typed.set(input.name, input.value);
      this.status.textContent = "";
      this.renderer.schedule();
    });
    this.form.addEventListener("submit", (event) => event.preventDefault());
    this.channel.addEventListener("change", () => this.renderer.schedule());
    this.insertButton.addEventListener("click", () => void this.insert());
    // Anywhere in the panel while the form is open, as in the web app's template panel.
    document.addEventListener("keydown", (event) => {
      if (this.isOpen && event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        void this.insert();
      }
    });
  }

  get isOpen(): boolean {
    return !this.section.hidden;
  }

  /** New values from the page (a re-read): they fill fields the agent has not typed. */
  set sharedByPage(fields: Record<string, string>) {
    this.pageFields = fields;
  }

  open(template: TemplateDefinition): void {
    this.template = template;
    this.title.textContent = template.title;
    this.channel.replaceChildren(...template.channels.map((name) => new Option(name, name)));
    this.form.replaceChildren(...template.fields.map((field) => this.fieldRow(field)));
    this.status.textContent = "";
    this.preview.textContent = "";
    this.section.hidden = false;
    const firstEmpty = [...this.form.elements].find((element) => !(element as HTMLInputElement).value) as HTMLElement | undefined;
    ((firstEmpty ?? this.form.elements[0] ?? this.insertButton) as HTMLElement).focus();
    this.renderer.schedule();
  }

  close(): void {
    this.renderer.cancel();
    this.template = null;
    this.section.hidden = true;
  }

  private fieldRow(field: TemplateField): HTMLLabelElement {
    const label = document.createElement("label");
    const caption = document.createElement("span");
    caption.textContent = field.label || field.name;
    caption.className = field.required ? "required" : "";
    const value = this.typed.get(field.name) ?? this.pageFields[field.name] ?? field.default ?? "";
    let input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    if (field.options?.length) {
      input = document.createElement("select");
      input.append(...(field.required ? [] : [new Option("", "")]), ...field.options.map((option) => new Option(option, option)));
    } else if (field.type === "multiline") {
      input = document.createElement("textarea");
      input.rows = 3;
    } else {
      input = document.createElement("input");
      input.type = "text";
    }

    input.name = field.name;
    input.value = value;
    input.required = field.required ?? false;
    input.dataset.field = field.name;
    const error = document.createElement("span");
    error.className = "error";
    error.dataset.errorFor = field.name;
    label.append(caption, input, error);
    return label;
  }

  private request() {
    const template = this.template;
    if (!template) {
      throw new Error("no template is open");
    }

    const values: Record<string, string> = {};
    for (const element of this.form.elements) {
      const input = element as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
      if (input.name && input.value !== "") {
        values[input.name] = input.value;
      }
    }

    return { id: template.id, values, channel: this.channel.value || template.channels[0] };
  }

  private showPreview(rendered: RenderResponse): void {
    this.clearFieldErrors();
    this.preview.classList.remove("incomplete");
    this.preview.textContent = rendered.text;
    this.insertButton.disabled = false;
  }

  private showRenderError(error: unknown): void {
    this.clearFieldErrors();
    if (error instanceof ApiError && error.kind === "invalid") {
      const missing: string[] = [];
      for (const [name, messages] of Object.entries(error.fieldErrors)) {
        const slot = this.form.querySelector<HTMLSpanElement>(`[data-error-for="${CSS.escape(name)}"]`);
        if (slot) {
          slot.textContent = messages.join(" ");
        }

        missing.push(this.labelOf(name));
      }

      // The server's preview with ⟦gaps⟧ where values are missing; Insert stays refused until it renders whole.
      this.preview.classList.add("incomplete");
      this.preview.textContent = error.preview ?? (missing.length ? `Fill in ${missing.join(", ")} to see the reply.` : error.message);
      return;
    }

    this.preview.textContent = "";
    this.notice.error(error);
  }

  private clearFieldErrors(): void {
    for (const slot of this.form.querySelectorAll<HTMLSpanElement>("[data-error-for]")) {
      slot.textContent = "";
    }
  }

  private labelOf(name: string): string {
    return this.template?.fields.find((field) => field.name === name)?.label || name;
  }

  /** Renders the current values afresh (never a stale preview), then inserts exactly that text. */
  private async insert(): Promise<void> {
    const template = this.template;
    const tab = this.tab();
    if (!template || !tab || this.insertButton.disabled) {
      return;
    }

    this.insertButton.disabled = true;
    this.status.textContent = "";
    try {
      const rendered = await this.renderer.now();
      if (!rendered) {
        this.status.textContent = "Fill in the fields marked above first.";
        return;
      }

      const result = await tab.insert(rendered.text);
      if (!result.ok) {
        this.status.textContent = result.reason ?? "The text could not be inserted.";
        return;
      }

      this.status.textContent = "Inserted into the reply.";
      this.status.dataset.how = result.how ?? "";
      this.requireApi()
        .templateUsed(template.id, rendered.channel)
        .catch(() => undefined);
    } finally {
      this.insertButton.disabled = false;
    }
  }

  private requireApi(): KnowledgeBaseApi {
    const api = this.api();
    if (!api) {
      throw new ApiError("Set the server address and token in the options first.", "unauthorized");
    }

    return api;
  }
}
