/**
 * Where the content lives. `CONTENT_DIR` points the build at another corpus (the scale benchmark and the fixture
 * corpora use it) without copying the project; the default is the project's own `content/`.
 */
export const contentDir: string = (globalThis.process?.env?.CONTENT_DIR ?? './content').replace(/\/+$/, '');
