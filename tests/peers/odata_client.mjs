// Reads a Daftari OData feed with real OData client libraries: SAP's EDMX parser for
// $metadata and @odata/client (OData v4) for the entity sets. Prints what it read as JSON.
// For Daftari's tests only:  node odata_client.mjs SERVICE_URL TOKEN
import { OData } from '@odata/client';
import { parse } from '@sap-ux/edmx-parser';

const [service, token] = process.argv.slice(2);
const headers = { Authorization: `Bearer ${token}` };
const out = {};

const metadata = await fetch(`${service}/$metadata`, { headers });
const parsed = parse(await metadata.text());
out.version = parsed.version;
out.entitySets = parsed.schema.entitySets.map((s) => s.name);
out.entityTypes = Object.fromEntries(
    parsed.schema.entityTypes.map((t) => [t.name, { keys: t.keys.map((k) => k.name), properties: t.entityProperties.map((p) => [p.name, p.type]) }]),
);

const client = OData.New4({ serviceEndpoint: `${service}/`, commonHeaders: headers });
const all = await client.newRequest({ collection: 'Submissions', params: client.newParam().count(true) });
out.count = all['@odata.count'];
out.ids = all.value.map((r) => r.__id);
const page = await client.newRequest({ collection: 'Submissions', params: client.newParam().top(1).skip(1) });
out.page = page.value.map((r) => r.__id);
out.nextLink = page['@odata.nextLink'] || null;
const filter = client.newFilter().property('__system_reviewState').eq("'approved'");
const approved = await client.newRequest({ collection: 'Submissions', params: client.newParam().filter(filter) });
out.approved = approved.value.map((r) => r.__id);
if (process.argv[4]) {
    const repeat = await client.newRequest({ collection: process.argv[4], params: client.newParam().count(true) });
    out.repeatCount = repeat['@odata.count'];
    out.repeatParents = [...new Set(repeat.value.map((r) => r.__parent))];
}
console.log(JSON.stringify(out));
