import { it } from 'vitest';
import { Diagnostics } from '../src/diagnostics.js';
import { parseGoals } from '../src/cells/goals.js';
import { singleFragment } from '../src/cells/cell-content.js';
it('smoke', () => {
  for (const t of [
    'ITU Strategic Goal 3 (Target 3.1) ITU-D Objective 2/Output 2.2 (Buenos Aires Action Plan) ITU-T Objective 1 GCA 1. Legal Measures 2.Technical and Procedural Measures 3. Organizational Structures 4. Capacity Building 5.International Cooperation Resolutions PP Res. 130, 174, 179 (Rev. Busan, 2014) WTDC Res. 45 (Rev. Dubai, 2014), 67, 69 (Rev. Buenos Aires, 2017) WTSA Res. 50, 52 (Rev. Hammamet, 2016), 58 (Rev. Dubai 2012)',
    'Goal 1 Goal 3 Goal 4 Buenos Aires Action Plan Objective 2 Regional Initiatives',
    'Goals 1 & 4 PP Res 102, 133, C09 Res 1305 ITU-D Objective 3',
    'Goal 4 ITU-D Objective 1 ITU-D Objective 3 ITU-R objectives',
    'ITU Strategic Goal 3 (Target 3.1) ITU-D Objective 2/Outcome 2.2 (Buenos Aires Action Plan) Regional Initiatives (ARF3, ARB2, ASP5, CIS3,EUR4) XYZ1 GCA 1. Capacity Building Resolutions Resolutions 110 1 Objective 1',
    'Goal ' .repeat(5000),
  ]) {
    const d = new Diagnostics();
    const r = parseGoals(singleFragment(t, 7), d);
    console.log(JSON.stringify({ ...r, raw: undefined, resolutions: r.resolutions.map((x) => x.canonical) }), d.items.map((x) => x.code + ':' + x.message.slice(0, 100)));
  }
});
