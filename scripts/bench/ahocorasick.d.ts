// The registry package 'ahocorasick' ships no types; the bench uses only this.
declare module 'ahocorasick' {
  export default class AhoCorasick {
    constructor(keywords: string[]);
    search(text: string): Array<[number, string[]]>;
  }
}
