// dexie-export-import reads `self` when it loads and FileReader when it imports or exports;
// browsers and workers have both, Node has neither. Import this module before dexie-export-import.
const g = globalThis as { self?: unknown; FileReader?: unknown };
g.self ??= globalThis;
g.FileReader ??= class {
  result: ArrayBuffer | null = null;
  onload: ((ev: { target: unknown }) => void) | null = null;
  onerror: ((ev: { target: { error: unknown } }) => void) | null = null;
  onabort: (() => void) | null = null;
  readAsArrayBuffer(blob: Blob) {
    blob.arrayBuffer().then(
      (buf) => ((this.result = buf), this.onload?.({ target: this })),
      (error: unknown) => this.onerror?.({ target: { error } }),
    );
  }
};
