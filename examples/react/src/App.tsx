// React 19 renders custom elements itself: objects (context, rules) go in as properties, kebab-case
// attributes as written in HTML, and `ontk-layout-change` listens to tk-layout-change. The types come
// from `tailorkit/react/jsx` (imported in main.tsx), generated from the package's manifest. The
// filters popover uses the other route, a wrapper from `tailorkit/react` with a typed `onTkShow`.
import { useState } from 'react';
import type { Rule, TkLayoutChangeDetail } from 'tailorkit';
import { TkPopover } from 'tailorkit/react';

/** Role-based defaults: the layout a sales rep starts with, and why. */
const rules: Rule[] = [
  {
    when: { role: 'sales' },
    reason: 'Suggested for the Sales role',
    values: {
      home: {
        layouts: {
          '12': [
            { id: 'pipeline', x: 0, y: 0, w: 6, h: 2 },
            { id: 'revenue', x: 6, y: 0, w: 6, h: 2 },
            { id: 'tasks', x: 0, y: 2, w: 6, h: 2 },
          ],
        },
      },
    },
  },
];

export function App({ role }: { role: string }) {
  const [lastChange, setLastChange] = useState('none yet');
  const [filters, setFilters] = useState('closed');
  const onLayoutChange = ({ detail }: CustomEvent<TkLayoutChangeDetail>): void => {
    const tasks = detail.layout.find((entry) => entry.id === 'tasks');
    setLastChange(`${detail.reason}: tasks at column ${tasks?.x ?? '?'}`);
  };
  return (
    <main>
      <h1>Home</h1>
      <TkPopover
        placement="bottom-start"
        label="Filters"
        onTkShow={(event) => setFilters(`shown (${event.detail.reason})`)}
      >
        <button slot="trigger">Filters</button>
        <p>Deals closing this quarter</p>
      </TkPopover>
      <p>
        Filters: <output id="filters">{filters}</output>
      </p>
      <tk-preferences adapter="local" namespace="acme-react" context={{ role }} rules={rules}>
        <tk-dashboard persist-key="home" editable ontk-layout-change={onLayoutChange}>
          <tk-dashboard-item item-id="revenue" heading="Revenue" x={0} y={0} w={4} h={2}>
            €48,200 this month
          </tk-dashboard-item>
          <tk-dashboard-item item-id="pipeline" heading="Pipeline" x={4} y={0} w={4} h={2}>
            12 open deals
          </tk-dashboard-item>
          <tk-dashboard-item item-id="tasks" heading="My tasks" x={8} y={0} w={4} h={2}>
            3 calls due today
          </tk-dashboard-item>
        </tk-dashboard>
      </tk-preferences>
      <p>
        Last change: <output id="last-change">{lastChange}</output>
      </p>
    </main>
  );
}
