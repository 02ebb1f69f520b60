import { it } from 'vitest';
import { Diagnostics } from '../src/diagnostics.js';
import { parseResolutions, sortResolutions } from '../src/cells/resolutions.js';
it('smoke', () => {
  for (const t of [
    'PP Res. 130, 174, 179 (Rev. Busan, 2014) WTDC Res. 45 (Rev. Dubai, 2014), 67, 69 (Rev. Buenos Aires, 2017) WTSA Res. 50, 52 (Rev. Hammamet, 2016), 58 (Rev. Dubai 2012)',
    'PP Res 102, 133, C09 Res 1305',
    'Resolution 45', 'WTDC Resolution 45', 'Res. 1332 (C16)', 'RA Res. 61', 'WRC Res. 646', 'PP-14 Res. 130', 'foo bar, PP Res. 1 (see) , baz.',
  ]) {
    const d = new Diagnostics();
    const r = parseResolutions(t, { line: 1, page: null }, d);
    console.log(t, '\n', r.map((x) => `${x.canonical} <${x.raw}>`), d.items.map((x) => x.code + ':' + x.message));
  }
});
