// React 19 renders custom elements itself: `tailorkit/react/jsx` types them in JSX. Properties by
// their names, kebab-case attributes as written in HTML, listeners as `ontk-<event>`.
import 'tailorkit/react/jsx';
import type { DashboardLayoutEntry } from 'tailorkit';

export function Home({ layout, save }: { layout: DashboardLayoutEntry[]; save: (l: DashboardLayoutEntry[]) => void }) {
  return (
    <tk-preferences adapter="http" endpoint="/api/prefs" data-role="sales">
      <tk-dashboard
        persist-key="home"
        editable
        layout={layout}
        row-height={80}
        ontk-layout-change={(event) => save(event.detail.layout)}
        ontk-breakpoint-change={(event) => event.detail.columns.toFixed()}
      >
        <tk-dashboard-item item-id="revenue" heading="Revenue" x={0} y={0} w={4} h={2} no-resize>
          Revenue
        </tk-dashboard-item>
      </tk-dashboard>
      {/* @ts-expect-error misspelled tag */}
      <tk-dashbord persist-key="home" />
      {/* @ts-expect-error editable is a boolean */}
      <tk-dashboard editable="yes" />
      {/* @ts-expect-error the detail has no `widgets` */}
      <tk-dashboard ontk-layout-change={(event) => event.detail.widgets} />
      {/* @ts-expect-error layout entries need x, y, w, h */}
      <tk-dashboard layout={[{ id: 'a' }]} />
    </tk-preferences>
  );
}
