// Starts DynamoDB Local listening on one address only. The jar has no option for it: its Jetty server is built
// with `new Server(port)`, which binds every interface. We build the server as the jar's own main does, then set
// the host of its connector before it starts. Run in Java's source-file mode (no build step):
//   java -Dfolio.host=127.0.0.1 -cp DynamoDBLocal.jar:DynamoDBLocal_lib/* DynamoDbOnHost.java <the jar's options>
import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.lang.reflect.Field;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

public class DynamoDbOnHost {
  public static void main(String[] args) throws Exception {
    String host = System.getProperty("folio.host", "127.0.0.1");
    DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(args);
    Field field = DynamoDBProxyServer.class.getDeclaredField("server");
    field.setAccessible(true);
    Server server = (Server) field.get(proxy);
    Connector[] connectors = server.getConnectors();
    if (connectors.length == 0) throw new IllegalStateException("DynamoDB Local has no connector to bind");
    // Fail rather than listen everywhere if a new jar builds its server another way.
    for (Connector connector : connectors) ((ServerConnector) connector).setHost(host);
    proxy.start();
  }
}
