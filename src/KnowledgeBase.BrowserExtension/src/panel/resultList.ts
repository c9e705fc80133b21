import type { Hit } from "../shared/apiTypes";

/**
 * The list of search results or suggestions, driven from the keyboard through the search box
 * (combobox with aria-activedescendant): ↑/↓ choose, Enter opens. Built with textContent only: the
 * server's snippets are text segments, and nothing from the server is parsed as HTML here.
 */
export class ResultList {
  private readonly list = document.getElementById("results") as HTMLUListElement;
  private readonly heading = document.getElementById("results-heading") as HTMLHeadingElement;
  private readonly empty = document.getElementById("results-empty") as HTMLParagraphElement;
  private hits: Hit[] = [];
  private active = -1;

  constructor(
    private readonly combobox: HTMLInputElement,
    private readonly open: (hit: Hit) => void,
  ) {
    this.list.addEventListener("click", (event) => {
      const item = (event.target as Element).closest<HTMLLIElement>("li[data-index]");
      if (item) {
        this.open(this.hits[Number(item.dataset.index)]);
      }
    });
  }

  show(heading: string, hits: Hit[], whenEmpty: string): void {
    this.heading.textContent = heading;
    this.hits = hits;
    this.list.replaceChildren(...hits.map((hit, index) => this.item(hit, index)));
    this.empty.hidden = hits.length > 0;
    this.empty.textContent = hits.length > 0 ? "" : whenEmpty;
    this.select(hits.length > 0 ? 0 : -1);
  }

  /** Handles ↑, ↓ and Enter from the search box; true when the key was used. */
  key(event: KeyboardEvent): boolean {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (this.hits.length > 0) {
        const step = event.key === "ArrowDown" ? 1 : -1;
        this.select((this.active + step + this.hits.length) % this.hits.length);
      }

      return true;
    }

    if (event.key === "Enter" && this.active >= 0) {
      this.open(this.hits[this.active]);
      return true;
    }

    return false;
  }

  private select(index: number): void {
    this.active = index;
    for (const item of this.list.children) {
      item.setAttribute("aria-selected", String(Number((item as HTMLElement).dataset.index) === index));
    }

    if (index >= 0) {
      this.combobox.setAttribute("aria-activedescendant", `hit-${index}`);
      this.list.children[index]?.scrollIntoView({ block: "nearest" });
    } else {
      this.combobox.removeAttribute("aria-activedescendant");
    }
  }

  private item(hit: Hit, index: number): HTMLLIElement {
    const item = document.createElement("li");
    item.id = `hit-${index}`;
    item.setAttribute("role", "option");
    item.dataset.index = String(index);
    item.dataset.id = hit.id;
    item.dataset.type = hit.type;

    const title = document.createElement("span");
    title.className = "title";
    title.textContent = hit.title;
    const kind = document.createElement("span");
    kind.className = "kind";
    kind.textContent = `${hit.type === "template" ? "Template" : "SOP"} · ${hit.lang}`;
    item.append(title, kind);

    if (hit.sectionTitle) {
      const section = document.createElement("div");
      section.className = "section";
      section.textContent = hit.sectionTitle;
      item.append(section);
    }

    if (hit.snippet?.length) {
      const snippet = document.createElement("div");
      snippet.className = "snippet";
      for (const part of hit.snippet) {
        if (part.hit) {
          const mark = document.createElement("mark");
          mark.textContent = part.text;
          snippet.append(mark);
        } else {
          snippet.append(part.text);
        }
      }

      item.append(snippet);
    }

    return item;
  }
}
