// What an integrator writes with the @lit/react wrappers (`tailorkit/react`); every line marked
// with an expect-error comment must fail to compile, so the typings are checked both ways.
import { useState } from 'react';
import { TkDashboard, TkDashboardItem, TkPopover, TkPreferences } from 'tailorkit/react';
import type { DashboardLayoutEntry, TkLayoutChangeDetail } from 'tailorkit';

export function Home({ layout }: { layout: DashboardLayoutEntry[] }) {
  const [last, setLast] = useState<TkLayoutChangeDetail['reason']>();
  return (
    <TkPreferences adapter="local" namespace="acme" context={{ role: 'sales' }}>
      <TkDashboard
        persistKey="home"
        editable
        layout={layout}
        columns={12}
        onTkLayoutChange={(event) => setLast(event.detail.reason)}
        onTkBeforeItemRemove={(event) => event.detail.id === 'kpi' && event.preventDefault()}
      >
        <TkDashboardItem itemId="revenue" heading="Revenue" w={4} h={2}>
          {last}
        </TkDashboardItem>
      </TkDashboard>
      <TkPopover placement="bottom-start" onTkShow={(event) => event.detail}>
        <button slot="trigger">Filters</button>
      </TkPopover>
      {/* @ts-expect-error columns is a number */}
      <TkDashboard columns="twelve" />
      {/* @ts-expect-error the detail of tk-layout-change has no `widgets` */}
      <TkDashboard onTkLayoutChange={(event) => event.detail.widgets} />
      {/* @ts-expect-error no such event */}
      <TkDashboard onTkLayoutChanged={() => {}} />
      {/* @ts-expect-error no such placement */}
      <TkPopover placement="middle" />
    </TkPreferences>
  );
}
