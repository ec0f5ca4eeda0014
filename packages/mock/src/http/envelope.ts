/** Imgur's success envelope: `{ data, success: true, status }`. */
export function okEnvelope(data: unknown, status: number): { data: unknown; success: true; status: number } {
  return { data, success: true, status };
}

/** Imgur's error envelope: `{ data: { error, request, method }, success: false, status }`. */
export function errorEnvelope(
  message: string,
  request: string,
  method: string,
  status: number,
): { data: { error: string; request: string; method: string }; success: false; status: number } {
  return { data: { error: message, request, method }, success: false, status };
}
