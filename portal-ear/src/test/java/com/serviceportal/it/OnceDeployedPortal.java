package com.serviceportal.it;

import fish.payara.arquillian.container.payara.remote.PayaraRemoteDeployableContainer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The test domain's Payara container, deploying the portal once per test run instead of once per test
 * class: deploying the EAR again for each of some ninety classes took about ten minutes of a run
 * (decision 0056).
 *
 * <p>The first class's deployment (with Arquillian's test protocol in its web module) is deployed with
 * every class that any test's {@link Deployment} method adds to the web module: the in-container tests
 * and their drivers, each a servlet on a path of its own. Every later class gets the same deployment,
 * which stays until the run ends. Tests therefore share one application as they share one database, and
 * each puts back what it changes.
 */
public class OnceDeployedPortal extends PayaraRemoteDeployableContainer {

    private static final String WEB_CLASSES = "/WEB-INF/classes/.*";

    private Archive<?> deployed;
    private ProtocolMetaData metaData;

    /** Puts this container in the place of Payara's remote one. */
    public static final class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.override(
                    DeployableContainer.class, PayaraRemoteDeployableContainer.class, OnceDeployedPortal.class);
        }
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (metaData == null) {
            Archive<?> suite = withEveryTestsClasses(archive.as(EnterpriseArchive.class));
            metaData = super.deploy(suite);
            deployed = suite;
        }
        return metaData;
    }

    /** Kept until {@link #stop()}: the next test class uses the same deployment. */
    @Override
    public void undeploy(Archive<?> archive) {}

    @Override
    public void stop() throws LifecycleException {
        try {
            if (deployed != null) {
                super.undeploy(deployed);
            }
        } catch (DeploymentException e) {
            throw new LifecycleException("The portal could not be undeployed at the end of the run", e);
        } finally {
            deployed = null;
            metaData = null;
            super.stop();
        }
    }

    private static EnterpriseArchive withEveryTestsClasses(EnterpriseArchive first) {
        WebArchive web = first.getAsType(WebArchive.class, PortalEar.WEB_MODULE);
        for (EnterpriseArchive wanted : everyTestsDeployment()) {
            web.merge(wanted.getAsType(WebArchive.class, PortalEar.WEB_MODULE), Filters.include(WEB_CLASSES));
        }
        first.delete(PortalEar.WEB_MODULE);
        return first.addAsModule(web);
    }

    /** What each test class's {@code @Deployment} method returns, found among the compiled test classes. */
    private static List<EnterpriseArchive> everyTestsDeployment() {
        Path classes = testClasses();
        try (Stream<Path> files = Files.walk(classes)) {
            return files.map(file -> classes.relativize(file).toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name ->
                            name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .flatMap(OnceDeployedPortal::deploymentMethod)
                    .map(OnceDeployedPortal::invoke)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Method> deploymentMethod(String className) {
        try {
            Class<?> type = Class.forName(className, false, OnceDeployedPortal.class.getClassLoader());
            return Stream.of(type.getDeclaredMethods())
                    .filter(method -> method.isAnnotationPresent(Deployment.class)
                            && Modifier.isStatic(method.getModifiers())
                            && EnterpriseArchive.class.isAssignableFrom(method.getReturnType()));
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("Cannot read the test class " + className, e);
        }
    }

    private static EnterpriseArchive invoke(Method deployment) {
        try {
            deployment.setAccessible(true);
            return (EnterpriseArchive) deployment.invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build the deployment of " + deployment.getDeclaringClass(), e);
        }
    }

    private static Path testClasses() {
        try {
            return Path.of(OnceDeployedPortal.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
