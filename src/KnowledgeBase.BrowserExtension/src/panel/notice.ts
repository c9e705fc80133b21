import { ApiError } from "../shared/apiError";

/** The one line at the top of the panel that says what went wrong and, where it helps, what to do. */
export class Notice {
  private readonly box = document.getElementById("notice") as HTMLDivElement;
  private readonly text = document.getElementById("notice-text") as HTMLSpanElement;
  private readonly action = document.getElementById("notice-action") as HTMLButtonElement;

  constructor(private readonly openOptions: () => void) {
    this.action.addEventListener("click", () => this.openOptions());
  }

  show(message: string, offerOptions = false): void {
    this.text.textContent = message;
    this.action.hidden = !offerOptions;
    this.action.textContent = "Open the options";
    this.box.hidden = false;
  }

  /** Shows an error from the API (or anything else thrown) in words for the agent. */
  error(error: unknown): void {
    if (error instanceof ApiError) {
      const fixable = error.kind === "unauthorized" || error.kind === "unreachable" || error.kind === "no-permission";
      this.show(error.message, fixable);
    } else {
      this.show(`Something went wrong: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  clear(): void {
    this.box.hidden = true;
    this.text.textContent = "";
  }
}
