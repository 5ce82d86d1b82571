// A submission as ODK Collect writes it: JavaRosa (Collect's engine, in pyxform's
// ODK_Validate.jar) loads the form, restores a filled instance into it the way Collect opens
// a saved form, and serializes the instance with the serializer Collect sends to servers.
//   java JavaRosaSubmission FORM.xml INSTANCE.xml  ->  the submission's XML on stdout
import java.io.*;
import java.nio.file.*;
import org.javarosa.core.model.FormDef;
import org.javarosa.core.model.instance.FormInstance;
import org.javarosa.core.model.instance.InstanceInitializationFactory;
import org.javarosa.core.model.instance.TreeElement;
import org.javarosa.core.services.transport.payload.ByteArrayPayload;
import org.javarosa.model.xform.XFormSerializingVisitor;
import org.javarosa.model.xform.XFormsModule;
import org.javarosa.xform.parse.XFormParser;
import org.javarosa.xform.util.XFormUtils;

public class JavaRosaSubmission {
    public static void main(String[] args) throws Exception {
        new XFormsModule().registerModule(); // as Collect does at start
        FormDef form = XFormUtils.getFormFromInputStream(new FileInputStream(args[0]));
        byte[] saved = Files.readAllBytes(Paths.get(args[1]));
        TreeElement savedRoot = XFormParser.restoreDataModel(saved, null).getRoot();
        TreeElement templateRoot = form.getMainInstance().getRoot().deepCopy(true);
        templateRoot.populate(savedRoot, form);
        form.getMainInstance().setRoot(templateRoot);
        form.initialize(false, new InstanceInitializationFactory());
        ByteArrayPayload payload =
            (ByteArrayPayload) new XFormSerializingVisitor().createSerializedPayload(form.getInstance());
        InputStream in = payload.getPayloadStream();
        System.out.write(in.readAllBytes());
        System.out.flush();
    }
}
