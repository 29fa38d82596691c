import { ArcElement, Chart, DoughnutController, Legend, Tooltip } from 'chart.js';
import {
  DashboardDocument, RelationshipChangedDocument, RequestChangedDocument, ServiceHealthChangedDocument, SignInDocument,
  type DashboardQuery,
} from './gql/graphql.js';
import { execute, executeIncrementally, follow, type Result } from './graphql-client.js';

Chart.register(DoughnutController, ArcElement, Legend, Tooltip);

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const text = (value: unknown) => String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

type Organization = NonNullable<NonNullable<DashboardQuery['me']>['organization']>;
type Customers = NonNullable<Organization['customers']>;
let chart: Chart<'doughnut'> | undefined;

/** Customers by the caller's relationship to them, split by delegated admin privileges. */
function drawChart(customers: Customers): void {
  const counts = new Map<string, number>();
  for (const { node } of customers.edges) {
    const label = `${node.relationshipToMe.toLowerCase()}${node.allowDelegatedAccess ? ' with DAP' : ''}`;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const data = { labels: [...counts.keys()], datasets: [{ data: [...counts.values()], backgroundColor: ['#2563eb', '#16a34a', '#f59e0b', '#9ca3af'] }] };
  if (chart) {
    chart.data = data;
    chart.update();
    return;
  }
  chart = new Chart($<HTMLCanvasElement>('chart'), {
    type: 'doughnut', data, options: { animation: false, plugins: { legend: { position: 'bottom' } } },
  });
}

function renderCustomers(customers: Customers | null | undefined, error: string | undefined): void {
  if (!customers) {
    $('customers').innerHTML = `<p class="muted">${text(error ?? 'Not available.')}</p>`;
    return;
  }
  $('customer-count').textContent = String(customers.totalCount);
  $('customers').innerHTML = `<table><tr><th>Customer</th><th>Domain</th><th>Relationship</th><th>DAP</th><th>Partners</th></tr>${
    customers.edges.map(({ node }) => `<tr><td>${text(node.companyProfile.companyName)}</td><td>${text(node.companyProfile.domain)}</td>
      <td>${text(node.relationshipToMe)}</td><td>${node.allowDelegatedAccess ? 'yes' : 'no'}</td>
      <td>${(node.resellerRelationships?.edges ?? []).map(({ node: link }) => `${text(link.partner.companyName)} (${text(link.state)})`).join(', ')}</td></tr>`)
      .join('')}</table>`;
  drawChart(customers);
}

/** The message of the error at `path`, if any (a field the caller may not see, or a service that is down). */
const errorAt = (errors: Result<unknown>['errors'], path: string) => errors?.find((error) => error.path?.join('.') === path)?.message;

function render(data: DashboardQuery, errors: Result<unknown>['errors']): void {
  $('who').textContent = `${data.me?.displayName ?? ''} · ${data.me?.organization?.companyName ?? ''}`;
  const requests = data.resellerRelationshipRequests;
  $('request-count').textContent = String(requests?.totalCount ?? '–');
  $('requests').innerHTML = requests?.edges.length
    ? `<ul>${requests.edges.map(({ node }) => `<li data-request="${text(node.id)}">${text(node.customerEmailHint ?? 'link not yet used')}
        <span class="muted">expires ${text(node.expiresAt.slice(0, 10))}</span></li>`).join('')}</ul>`
    : '<p class="muted">No pending requests.</p>';
  const incidents = data.serviceIncidents;
  $('incident-count').textContent = String(incidents?.totalCount ?? '–');
  $('health').innerHTML = incidents?.edges.length
    ? `<ul>${incidents.edges.map(({ node }) => `<li><b>${text(node.workload)}</b> ${text(node.title)} <span class="muted">${text(node.status)}</span></li>`).join('')}</ul>`
    : '<p class="muted">All services healthy.</p>';
  const organization = data.me?.organization;
  if (organization && 'customers' in organization) renderCustomers(organization.customers, errorAt(errors, 'me.organization.customers'));
}

/** Loads the dashboard: the cheap part renders first, the customers (deferred) when they arrive. */
async function load(token: string): Promise<void> {
  $('state').textContent = 'loading…';
  await executeIncrementally(DashboardDocument, {}, token, (result, done) => {
    if (result.data) render(result.data, result.errors);
    $('state').textContent = done ? `updated ${new Date().toLocaleTimeString()}` : 'loading customers…';
  });
}

function logEvent(line: string): void {
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString()} ${line}`;
  $('events').prepend(item);
}

/** Live updates: each event is logged and the dashboard reloaded (coalesced while a reload is under way). */
function goLive(token: string): void {
  let reloading: Promise<void> | undefined;
  let again = false;
  const reload = () => {
    if (reloading) { again = true; return; }
    reloading = load(token).finally(() => {
      reloading = undefined;
      if (again) { again = false; reload(); }
    });
  };
  const live = new Map<string, boolean>();
  const status = (name: string) => (up: boolean) => {
    live.set(name, up);
    const all = [...live.values()];
    $('live').textContent = all.every(Boolean) ? '● live' : '○ reconnecting…';
    $('live').className = all.every(Boolean) ? 'live' : 'offline';
  };
  follow(RequestChangedDocument, token, (data) => data.resellerRelationshipRequestChanged?.eventId, (data) => {
    logEvent(`relationship request ${data.resellerRelationshipRequestChanged?.state ?? ''}`);
    reload();
  }, status('requests'));
  follow(RelationshipChangedDocument, token, (data) => data.customerRelationshipChanged?.eventId, (data) => {
    logEvent(`customer relationship ${data.customerRelationshipChanged?.change ?? ''}`);
    reload();
  }, status('relationships'));
  follow(ServiceHealthChangedDocument, token, (data) => data.serviceHealthChanged?.eventId, (data) => {
    logEvent(`service health ${data.serviceHealthChanged?.status ?? ''}`);
    reload();
  }, status('health'));
}

$<HTMLFormElement>('sign-in').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.target as HTMLFormElement);
  const result = await execute(SignInDocument, { email: String(form.get('email')), password: String(form.get('password')) }, null);
  const token = result.data?.signIn?.accessToken;
  if (!token) {
    $('sign-in-error').textContent = result.errors?.[0]?.message ?? 'Sign-in failed';
    return;
  }
  $('sign-in').hidden = true;
  $('dashboard').hidden = false;
  await load(token);
  goLive(token);
});
