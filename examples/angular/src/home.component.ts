// Angular renders tk-* tags as they are (CUSTOM_ELEMENTS_SCHEMA) and binds objects as properties
// ([context], [rules]). Its templates do not type custom elements' events, so the handler names the
// event by its tk-* name to get the typed detail.
import { CUSTOM_ELEMENTS_SCHEMA, Component, input, signal } from '@angular/core';
import type { Rule } from 'tailorkit';

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

@Component({
  selector: 'app-home',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Home</h1>
      <tk-preferences adapter="local" namespace="acme-angular" [context]="{ role: role() }" [rules]="rules">
        <tk-dashboard persist-key="home" editable (tk-layout-change)="onLayoutChange($event)">
          <tk-dashboard-item item-id="revenue" heading="Revenue" [x]="0" [y]="0" [w]="4" [h]="2">
            €48,200 this month
          </tk-dashboard-item>
          <tk-dashboard-item item-id="pipeline" heading="Pipeline" [x]="4" [y]="0" [w]="4" [h]="2">
            12 open deals
          </tk-dashboard-item>
          <tk-dashboard-item item-id="tasks" heading="My tasks" [x]="8" [y]="0" [w]="4" [h]="2">
            3 calls due today
          </tk-dashboard-item>
        </tk-dashboard>
      </tk-preferences>
      <p>
        Last change: <output id="last-change">{{ lastChange() }}</output>
      </p>
    </main>
  `,
})
export class HomeComponent {
  readonly role = input('sales');
  protected readonly rules = rules;
  protected readonly lastChange = signal('none yet');

  protected onLayoutChange(event: Event): void {
    const { detail } = event as GlobalEventHandlersEventMap['tk-layout-change'];
    const tasks = detail.layout.find((entry) => entry.id === 'tasks');
    this.lastChange.set(`${detail.reason}: tasks at column ${tasks?.x ?? '?'}`);
  }
}
