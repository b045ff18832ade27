/** Where the e2e servers listen (playwright.config.ts starts them; the tests call the API directly too). */
export const API_PORT = Number(process.env.E2E_API_PORT ?? 8601);
export const SPA_PORT = Number(process.env.E2E_SPA_PORT ?? 8602);
export const API = `http://127.0.0.1:${API_PORT}`;
export const SPA = `http://127.0.0.1:${SPA_PORT}`;
