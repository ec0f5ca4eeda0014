/** Imgur's API host. */
export const IMGUR_BASE_URL = 'https://api.imgur.com';
/** The commercial (Mashape) host, used when `mashapeKey` is set. */
export const MASHAPE_BASE_URL = 'https://imgur-apiv3.p.mashape.com';
