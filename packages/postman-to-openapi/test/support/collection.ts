/** A v2.1 collection around the given items, for end-to-end conversion tests. */
export const collectionOf = (items: object[], extra: object = {}) => ({
  info: { name: 'c', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
  item: items,
  ...extra,
});
