/**
 * Two ways of taking the blanks out of a Chinese text, for comparing it with another whose extraction or typing spaced
 * it differently. Which one a caller wants depends on whether a line break still means something to it.
 */

/** The text with all whitespace removed (spaces, ideographic spaces, tabs, line breaks): the form texts are compared in. */
export function withoutWhitespace(s: string): string {
  return s.replace(/[\s\u3000]+/g, '');
}

/** The text with its spaces and ideographic spaces removed, line breaks and tabs kept: a quote read within its line. */
export function withoutSpaces(s: string): string {
  return s.replace(/[ \u3000]+/g, '');
}
