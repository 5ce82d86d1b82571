// ODK Web Forms' XPath evaluator (@getodk/xpath on jsdom) as a JSON-lines filter with the same
// line format as `daftari form eval-jsonl`. For Daftari's differential tests only.
import readline from 'node:readline';
import { JSDOM } from 'jsdom';

const { window } = new JSDOM('');
globalThis.document = window.document;
for (const name of ['XPathResult', 'Node', 'Element', 'Document', 'Attr', 'DOMParser', 'XMLSerializer']) {
    globalThis[name] = window[name];
}
// The package is built for browsers and bundlers: its tree-sitter loader asks for __dirname.
globalThis.__dirname = new URL('./node_modules/@getodk/xpath/dist/', import.meta.url).pathname;
const { XFormsXPathEvaluator, DEFAULT_DOM_ADAPTER } = await import('@getodk/xpath');

const T = window.XPathResult;

function number(v) {
    if (Number.isNaN(v)) return 'NaN';
    if (v === Infinity) return 'Infinity';
    if (v === -Infinity) return '-Infinity';
    return v;
}

function parse(xml) {
    return new window.DOMParser().parseFromString(xml || '<data/>', 'application/xml');
}

function evaluateLine(req) {
    const doc = parse(req.xml);
    const secondary = new Map();
    for (const [id, xml] of Object.entries(req.secondary || {})) {
        secondary.set(id, parse(`<instance id="${id}">${xml}</instance>`).documentElement);
    }
    const evaluator = new XFormsXPathEvaluator({
        rootNode: doc,
        domAdapter: DEFAULT_DOM_ADAPTER,
        itextTranslationsByLanguage: new Map(),
        secondaryInstancesById: secondary,
    });
    let context = doc.documentElement;
    if (req.context) {
        context = evaluator.evaluate(req.context, doc, null, T.FIRST_ORDERED_NODE_TYPE).singleNodeValue;
        if (!context) return { id: req.id, ok: false, error: 'context matches no node' };
    }
    const wanted = req.type || 'any';
    const rt = { any: T.ANY_TYPE, string: T.STRING_TYPE, number: T.NUMBER_TYPE, boolean: T.BOOLEAN_TYPE, nodes: T.ORDERED_NODE_SNAPSHOT_TYPE }[wanted];
    const r = evaluator.evaluate(req.expr, context, null, rt);
    switch (r.resultType) {
        case T.NUMBER_TYPE: return { id: req.id, ok: true, type: 'number', value: number(r.numberValue) };
        case T.STRING_TYPE: return { id: req.id, ok: true, type: 'string', value: r.stringValue };
        case T.BOOLEAN_TYPE: return { id: req.id, ok: true, type: 'boolean', value: r.booleanValue };
        default: {
            const values = [];
            if (r.resultType === T.ORDERED_NODE_SNAPSHOT_TYPE || r.resultType === T.UNORDERED_NODE_SNAPSHOT_TYPE) {
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
