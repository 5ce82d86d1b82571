// Enketo's XPath evaluator (openrosa-xpath-evaluator on jsdom) as a JSON-lines filter with the
// same line format as `daftari form eval-jsonl`. For Daftari's differential tests only.
const { JSDOM } = require('jsdom');
const readline = require('readline');

const { window } = new JSDOM('');
for (const name of ['XPathEvaluator', 'XPathResult', 'Node', 'Element', 'Document', 'Attr', 'DOMParser', 'XMLSerializer', 'NodeList']) {
    global[name] = window[name];
}
global.window = window;
global.document = window.document;
const orxe = require('openrosa-xpath-evaluator');
const evaluator = orxe();

const nsResolver = { lookupNamespaceURI: (p) => ({ jr: 'http://openrosa.org/javarosa', odk: 'http://www.opendatakit.org/xforms' })[p] || null };

function number(v) {
    if (Number.isNaN(v)) return 'NaN';
    if (v === Infinity) return 'Infinity';
    if (v === -Infinity) return '-Infinity';
    return v;
}

function evaluateLine(req) {
    if (req.secondary && Object.keys(req.secondary).length) {
        return { id: req.id, ok: false, error: 'wrapper: secondary instances are not supported for Enketo', unsupported: true };
    }
    const doc = new window.DOMParser().parseFromString(req.xml || '<data/>', 'application/xml');
    let context = doc.documentElement;
    if (req.context) {
        const r = evaluator.evaluate(req.context, doc, nsResolver, XPathResult.FIRST_ORDERED_NODE_TYPE);
        context = r.singleNodeValue;
        if (!context) return { id: req.id, ok: false, error: 'context matches no node' };
    }
    const wanted = req.type || 'any';
    const T = XPathResult;
    const rt = { any: T.ANY_TYPE, string: T.STRING_TYPE, number: T.NUMBER_TYPE, boolean: T.BOOLEAN_TYPE, nodes: T.ORDERED_NODE_SNAPSHOT_TYPE }[wanted];
    const r = evaluator.evaluate(req.expr, context, nsResolver, rt);
    switch (r.resultType) {
        case T.NUMBER_TYPE: return { id: req.id, ok: true, type: 'number', value: number(r.numberValue) };
        case T.STRING_TYPE: return { id: req.id, ok: true, type: 'string', value: r.stringValue };
        case T.BOOLEAN_TYPE: return { id: req.id, ok: true, type: 'boolean', value: r.booleanValue };
        default: {
            if (typeof r.iterateNext !== 'function' && r.snapshotLength === undefined) {
                // A date (today(), now(), date()): reported as its string, as Daftari does.
                return { id: req.id, ok: true, type: 'string', value: r.stringValue };
            }
            const values = [];
            if (r.snapshotLength !== undefined && (r.resultType === T.ORDERED_NODE_SNAPSHOT_TYPE || r.resultType === T.UNORDERED_NODE_SNAPSHOT_TYPE)) {
                for (let i = 0; i < r.snapshotLength; i++) values.push(r.snapshotItem(i).textContent);
            } else {
                let n;
                while ((n = r.iterateNext())) values.push(n.textContent);
            }
            return { id: req.id, ok: true, type: 'nodes', value: values };
        }
    }
}

const rl = readline.createInterface({ input: process.stdin });
rl.on('line', (line) => {
    if (!line.trim()) return;
    let req;
    try { req = JSON.parse(line); } catch (e) { console.log(JSON.stringify({ id: null, ok: false, error: 'not JSON' })); return; }
    let out;
    try { out = evaluateLine(req); } catch (e) { out = { id: req.id, ok: false, error: String(e && e.message || e) }; }
    console.log(JSON.stringify(out));
});
