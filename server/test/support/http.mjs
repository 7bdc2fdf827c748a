// One request to the endpoint, as the tests make them: a token becomes `Authorization: Bearer`,
// a body other than text or bytes is sent as JSON.

/**
 * @param {string} url
 * @param {{ method?: string, token?: string | null, headers?: Record<string, string>, body?: unknown }} [options]
 * @returns {Promise<{ status: number, headers: Headers, text: string, json: any }>}
 */
export async function request(url, { method = 'GET', token = null, headers = {}, body } = {}) {
  /** @type {Record<string, string>} */
  const all = { ...headers };
  if (token) all.Authorization = `Bearer ${token}`;
  let payload;
  if (body !== undefined) {
    payload = typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body);
    all['Content-Type'] ??= 'application/json';
  }
  const response = await fetch(url, { method, headers: all, body: payload });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}
