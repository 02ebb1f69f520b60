import { describe, expect, it } from 'vitest';
import { resolutionTitle } from '../../src/registry/resolutions.js';

describe('resolution titles', () => {
  it.each([
    ['WTDC', '45', 'Mechanisms for enhancing cooperation on cybersecurity, including countering and combating spam'],
    ['PP', '179', "ITU's role in child online protection"],
    ['WTSA', '44', 'Bridging the standardization gap between developing and developed countries'],
    ['Council', '1305', 'Role of the Dedicated Group in identifying Internet-related Public Policy issues'],
    // the registry has no title for WTDC Resolution 67, and 45 is a WTDC number, not a PP one
    ['WTDC', '67', null],
    ['PP', '45', null],
  ] as const)('%s Res. %s', (body, number, title) => {
    expect(resolutionTitle(body, number)).toBe(title);
  });
});
