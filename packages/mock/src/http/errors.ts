/** An HTTP error the server turns into Imgur's error envelope. */
export class MockHttpError extends Error {
  override readonly name = 'MockHttpError';

  constructor(
    readonly status: number,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}
