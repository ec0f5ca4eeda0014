import { describe, expect, it } from 'vitest';
import { descriptionText, parseDescription } from '../../src/request/description.js';

describe('descriptionText', () => {
  it.each<[unknown, string]>([
    ['text', 'text'],
    [{ content: 'obj', type: 'text/markdown' }, 'obj'],
    [undefined, ''],
    [null, ''],
    [42, ''],
  ])('given %j -> %j', (value, want) => {
    expect(descriptionText(value)).toBe(want);
  });
});

describe('parseDescription', () => {
  it('first paragraph -> summary, the rest -> description; models, tables and Response JSON are taken out', () => {
    const md = [
      'Get information about an image.',
      'Second line of the first paragraph.',
      '',
      'More detail here.',
      '',
      '#### Response Model: [Image](https://api.imgur.com/models/image)',
      '',
      '#### Parameters',
      '| Key | Required | Description |',
      '|---|---|---|',
      '| imageHash | required | The image |',
      '',
      '#### Response:',
      '```json',
      '{ "data": { "blocked": false } }',
      '```',
    ].join('\n');
    const got = parseDescription(md);
    expect(got.summary).toBe('Get information about an image. Second line of the first paragraph.');
    expect(got.description).toBe('More detail here.');
    expect(got.models.map((m) => m.component)).toEqual(['Image']);
    expect(got.rows.map((r) => r.key)).toEqual(['imageHash']);
    expect(got.responseExample).toEqual({ data: { blocked: false } });
  });

  it.each<[string, string, object]>([
    ['empty', '', { models: [], rows: [] }],
    ['only a model line', '#### Response Model: [Basic](https://api.imgur.com/models/basic)', { summary: undefined }],
    ['model link on the next line', '#### Response Model:\n[Album](https://api.imgur.com/models/album)', { summary: undefined }],
    ['a heading first is not a summary', '## Notes\n\ntext', { summary: undefined, description: '## Notes\n\ntext' }],
    ['CRLF line ends', 'One.\r\n\r\nTwo.', { summary: 'One.', description: 'Two.' }],
  ])('given %s', (_name, md, want) => {
    const got = parseDescription(md);
    for (const [key, value] of Object.entries(want)) expect(got[key as keyof typeof got], key).toEqual(value);
  });

  it('keeps a Response: block that is not JSON in the description', () => {
    const got = parseDescription('Intro.\n\n#### Response:\n```\nnot json\n```');
    expect(got.responseExample).toBeUndefined();
    expect(got.description).toContain('not json');
  });

  it('reads a model named on the following line', () => {
    expect(parseDescription('#### Response Model:\n[Album](https://api.imgur.com/models/album)').models.map((m) => m.component)).toEqual(['Album']);
  });
});
