// Context for the code samples that continue from earlier steps (a README or
// guide names this file in a `<!-- prelude: … -->` comment before such a sample):
// a configured client, an app's Client-ID, album ids and files to upload.
// Compiled at the top of each of those samples by the documentation test.
declare const imgur: import('@imgur-ts/core').ImgurClient;
declare const clientId: string;
declare const albumHash: string;
declare const albumId: string;
declare const albumDeletehash: string;
declare const file: File;
declare const file1: File;
declare const file2: Uint8Array;
