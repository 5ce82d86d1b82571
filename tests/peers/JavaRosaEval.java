// JavaRosa (the engine inside ODK Collect, shipped in pyxform's ODK_Validate.jar) as a line
// filter for Daftari's differential tests. javarosa_eval.py speaks the JSON-lines format and
// drives this program with base64 fields:
//   in:  b64(expr) b64(xml) b64(context) b64(type) b64(secondary: "id\txml" lines)
//   out: OK <number|string|boolean|nodes> b64(value; nodes joined by \u0000)   or   ERR b64(message)
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;
import org.javarosa.core.model.condition.EvaluationContext;
import org.javarosa.core.model.instance.*;
import org.javarosa.core.model.data.IAnswerData;
import org.javarosa.xform.parse.XFormParser;
import org.javarosa.xpath.XPathNodeset;
import org.javarosa.xpath.XPathParseTool;
import org.javarosa.xpath.expr.*;

public class JavaRosaEval {
    static String b64(String s) { return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)); }
    static String unb64(String s) { return new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8); }

    static FormInstance instance(String xml) {
        return XFormParser.restoreDataModel(xml.getBytes(StandardCharsets.UTF_8), null);
    }

    static String value(EvaluationContext ec, TreeReference ref) {
        AbstractTreeElement el = ec.resolveReference(ref);
        if (el == null) return "";
        IAnswerData v = el.getValue();
        if (v != null) return v.uncast().getString();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < el.getNumChildren(); i++) {
            AbstractTreeElement c = el.getChildAt(i);
            sb.append(value(ec, c.getRef()));
        }
        return sb.toString();
    }

    static String number(double d) {
        if (Double.isNaN(d)) return "NaN";
        if (Double.isInfinite(d)) return d > 0 ? "Infinity" : "-Infinity";
        return Double.toString(d);
    }

    static String run(String[] f) throws Exception {
        String expr = unb64(f[0]), xml = unb64(f[1]), context = unb64(f[2]), type = unb64(f[3]), secondary = unb64(f[4]);
        FormInstance main = instance(xml.isEmpty() ? "<data/>" : xml);
        HashMap<String, DataInstance> others = new HashMap<>();
        if (!secondary.isEmpty()) {
            // Secondary instances built by hand do not resolve their values through this API;
            // instance() is covered by Daftari's own tests instead.
            return "UNSUPPORTED " + b64("wrapper: secondary instances are not supported for JavaRosa");
        }
        EvaluationContext ec = new EvaluationContext(main, others);
        TreeReference ctx = main.getRoot().getRef();
        if (!context.isEmpty()) {
            XPathPathExpr path = (XPathPathExpr) XPathParseTool.parseXPath(context);
            List<TreeReference> refs = ec.expandReference(path.getReference());
            if (refs == null || refs.isEmpty()) return "ERR " + b64("context matches no node");
            ctx = refs.get(0);
        }
        ec = new EvaluationContext(ec, ctx);
        Object r = XPathParseTool.parseXPath(expr).eval(main, ec);
        switch (type) {
            case "string": r = XPathFuncExpr.toString(r); break;
            case "number": r = XPathFuncExpr.toNumeric(r); break;
            case "boolean": r = XPathFuncExpr.toBoolean(r); break;
            default: break;
        }
        if (r instanceof XPathNodeset) {
            XPathNodeset ns = (XPathNodeset) r;
            StringBuilder sb = new StringBuilder();
            List<TreeReference> refs = ns.getReferences();
            for (int i = 0; i < refs.size(); i++) {
                if (i > 0) sb.append('\u0000');
                TreeReference ref = refs.get(i);
                sb.append(value(ec, ref));
            }
            return "OK nodes " + b64(sb.toString()) + " " + refs.size();
        }
        if (r instanceof Double) return "OK number " + b64(number((Double) r));
        if (r instanceof Boolean) return "OK boolean " + b64(r.toString());
        if (r instanceof Date) return "OK string " + b64(XPathFuncExpr.toString(r));
        if ("nodes".equals(type)) return "ERR " + b64("the expression does not give a node-set");
        return "OK string " + b64(String.valueOf(r));
    }

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, "UTF-8");
        System.setErr(new PrintStream(new OutputStream() { public void write(int b) {} }));
        String line;
        while ((line = in.readLine()) != null) {
            String[] f = line.split(" ", -1);
            String res;
            try { res = run(f); } catch (Throwable t) { res = "ERR " + b64(t.getClass().getSimpleName() + ": " + t.getMessage()); }
            out.println(res);
        }
    }
}
