package com.serviceportal.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.serviceportal.customers.Customer;
import com.serviceportal.security.AccessScope;
import com.serviceportal.security.Allowed;
import com.serviceportal.security.Audience;
import com.serviceportal.security.Internal;
import com.serviceportal.security.ScopeCondition;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.elements.GivenMethodsConjunction;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The guarantees that live in one mechanism each, checked over the built classes of every module:
 * who may call a service ({@link Allowed} / {@link Internal}, enforced by {@code RoleCheck}) and what a
 * customer's queries see ({@link ScopeCondition} and the {@link AccessScope}).
 */
class ServiceArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.serviceportal");

    private static final DescribedPredicate<JavaClass> SERVICES = DescribedPredicate.describe(
            "EJB services",
            type -> type.isAnnotatedWith(Stateless.class)
                    || type.isAnnotatedWith(Singleton.class)
                    || type.isAnnotatedWith(Stateful.class));

    /** Records of a customer: the customer itself, and every entity that refers to one of them. */
    private static final Set<String> TENANT_ENTITIES = tenantEntities();

    @Test
    void everyPublicServiceMethodDeclaresWhoMayCallIt() {
        serviceMethods().should(declareOneAudience()).check(CLASSES);
    }

    @Test
    void theWebModuleNeverCallsAMethodOnlyServicesMayCall() {
        noClasses()
                .that()
                .resideInAPackage("com.serviceportal.web..")
                .should()
                .callMethodWhere(DescribedPredicate.describe("the method is @Internal", call -> call.getTarget()
                        .resolveMember()
                        .map(ServiceArchitectureTest::isInternal)
                        .orElse(false)))
                .check(CLASSES);
    }

    @Test
    void onlyTheScopeReadsTheCustomersOfAContact() {
        noClasses()
                .that()
                .resideOutsideOfPackage("com.serviceportal.security")
                .should()
                .callMethod(AccessScope.Customers.class, "customerIds")
                .orShould()
                .callMethod(AccessScope.Customers.class, "ownCaseCustomerIds")
                .because(
                        "an empty set of customers must never be read as 'every customer' (ScopeCondition does it once)")
                .check(CLASSES);
    }

    @Test
    void everyQueryACustomerCanReachOnTenantDataGoesThroughTheScope() {
        serviceMethods()
                .and(DescribedPredicate.describe("customers may call", ServiceArchitectureTest::customersMayCall))
                .should(queryTenantDataOnlyThroughTheScope())
                .check(CLASSES);
    }

    /**
     * Decision 0028: a save carries the version its page read. A service's {@code save*} method that
     * takes a form or entry of the project's own (or a list of them) fails the build when that has no
     * {@code version} field of its own or inherited, unless the method takes a {@code long} beside it
     * (an id and version, as the order's lines do).
     */
    @Test
    void everySaveCarriesTheVersionItWasReadAt() {
        serviceMethods()
                .and()
                .haveNameStartingWith("save")
                .should(carryAVersion())
                .check(CLASSES);
    }

    /** The public methods of the EJB services: their business methods. */
    private static GivenMethodsConjunction serviceMethods() {
        return methods()
                .that()
                .areDeclaredInClassesThat(SERVICES)
                .and()
                .arePublic()
                .and()
                .areNotStatic();
    }

    private static ArchCondition<JavaMethod> carryAVersion() {
        return new ArchCondition<>("carry the version its page read") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean versionBeside = method.getRawParameterTypes().stream()
                        .anyMatch(type -> type.getName().equals("long"));
                if (versionBeside) {
                    return;
                }
                for (JavaType parameter : method.getParameterTypes()) {
                    for (JavaClass type : projectTypesIn(parameter)) {
                        boolean versioned = type.getAllFields().stream()
                                .anyMatch(field -> field.getName().equals("version"));
                        if (!versioned) {
                            events.add(SimpleConditionEvent.violated(
                                    method,
                                    method.getFullName() + " saves a " + type.getSimpleName()
                                            + ", which carries no version"));
                        }
                    }
                }
            }
        };
    }

    /** The project's own forms in a parameter's type: the type itself, or what a list holds. */
    private static Set<JavaClass> projectTypesIn(JavaType type) {
        Set<JavaClass> found = new HashSet<>();
        if (type instanceof JavaParameterizedType parameterized) {
            parameterized.getActualTypeArguments().forEach(argument -> found.addAll(projectTypesIn(argument)));
        }
        JavaClass raw = type.toErasure();
        if (raw.getPackageName().startsWith("com.serviceportal") && !raw.isEnum() && !raw.isInterface()) {
            found.add(raw);
        }
        return found;
    }

    private static ArchCondition<JavaMethod> declareOneAudience() {
        return new ArchCondition<>("declare who may call it: @Allowed or @Internal, on the method or its class") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean onMethod = method.isAnnotatedWith(Allowed.class) || method.isAnnotatedWith(Internal.class);
                boolean twice = method.isAnnotatedWith(Allowed.class) && method.isAnnotatedWith(Internal.class)
                        || method.getOwner().isAnnotatedWith(Allowed.class)
                                && method.getOwner().isAnnotatedWith(Internal.class);
                boolean onClass = method.getOwner().isAnnotatedWith(Allowed.class)
                        || method.getOwner().isAnnotatedWith(Internal.class);
                if (twice || !(onMethod || onClass)) {
                    events.add(SimpleConditionEvent.violated(
                            method,
                            method.getFullName()
                                    + (twice ? " declares both @Allowed and @Internal" : " declares no audience")));
                }
            }
        };
    }

    private static ArchCondition<JavaMethod> queryTenantDataOnlyThroughTheScope() {
        return new ArchCondition<>("narrow every query on a customer's records by the caller's scope") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                Set<JavaCodeUnit> reached = reachedWithinItsClass(method);
                boolean queries = anyCall(reached, ServiceArchitectureTest::isQuery);
                boolean tenantData = reached.stream().anyMatch(ServiceArchitectureTest::touchesTenantData);
                boolean scoped = anyCall(reached, ServiceArchitectureTest::isScopeCheck);
                if (queries && tenantData && !scoped) {
                    events.add(
                            SimpleConditionEvent.violated(
                                    method,
                                    method.getFullName()
                                            + " queries a customer's records without ScopeCondition or AccessScope.sees/requireVisible"));
                }
            }
        };
    }

    /** The method and every method or lambda of its own class that it calls, directly or not. */
    private static Set<JavaCodeUnit> reachedWithinItsClass(JavaCodeUnit start) {
        Set<JavaCodeUnit> reached = new HashSet<>();
        Deque<JavaCodeUnit> next = new ArrayDeque<>(Set.of(start));
        while (!next.isEmpty()) {
            JavaCodeUnit unit = next.pop();
            if (!reached.add(unit)) {
                continue;
            }
            unit.getCallsFromSelf().stream()
                    .filter(call -> call.getTargetOwner().equals(start.getOwner()))
                    .map(call -> call.getTarget().resolveMember())
                    .flatMap(Optional::stream)
                    .forEach(next::push);
        }
        return reached;
    }

    private static boolean anyCall(Set<JavaCodeUnit> units, Predicate<JavaAccess<?>> test) {
        return units.stream().flatMap(unit -> unit.getCallsFromSelf().stream()).anyMatch(test);
    }

    private static boolean isQuery(JavaAccess<?> call) {
        String owner = call.getTargetOwner().getName();
        String name = call.getName();
        return owner.equals(EntityManager.class.getName())
                        && Set.of("createQuery", "createNativeQuery", "createNamedQuery", "find", "getReference")
                                .contains(name)
                || owner.equals(Connection.class.getName()) && name.startsWith("prepare");
    }

    private static boolean isScopeCheck(JavaAccess<?> call) {
        String owner = call.getTargetOwner().getName();
        return owner.equals(ScopeCondition.class.getName())
                || owner.startsWith(AccessScope.class.getName())
                        && Set.of("sees", "seesCase", "requireVisible").contains(call.getName());
    }

    /** Whether code names a customer's records: a class literal of a tenant entity, or native SQL. */
    private static boolean touchesTenantData(JavaCodeUnit unit) {
        return unit.getReferencedClassObjects().stream()
                        .anyMatch(literal ->
                                TENANT_ENTITIES.contains(literal.getRawType().getName()))
                || unit.getCallsFromSelf().stream()
                        .anyMatch(call -> call.getName().equals("createNativeQuery")
                                || call.getName().startsWith("prepare")
                                        && call.getTargetOwner().isAssignableTo(Connection.class));
    }

    private static boolean customersMayCall(JavaMethod method) {
        if (isInternal(method)) {
            return false;
        }
        Allowed allowed = method.isAnnotatedWith(Allowed.class)
                ? method.getAnnotationOfType(Allowed.class)
                : method.getOwner().isAnnotatedWith(Allowed.class)
                        ? method.getOwner().getAnnotationOfType(Allowed.class)
                        : null;
        return allowed != null
                && allowed.value() != Audience.ANYONE
                && allowed.value().admits(com.serviceportal.security.Role.CUSTOMER);
    }

    private static boolean isInternal(Object member) {
        if (!(member instanceof JavaMethod method)) {
            return false;
        }
        return method.isAnnotatedWith(Internal.class)
                || !method.isAnnotatedWith(Allowed.class) && method.getOwner().isAnnotatedWith(Internal.class);
    }

    private static Set<String> tenantEntities() {
        Set<JavaClass> entities = CLASSES.stream()
                .filter(type -> type.isAnnotatedWith(Entity.class))
                .collect(Collectors.toSet());
        Set<String> tenant = new HashSet<>(Set.of(Customer.class.getName()));
        boolean grown = true;
        while (grown) {
            grown = false;
            for (JavaClass entity : entities) {
                if (!tenant.contains(entity.getName()) && refersToTenant(entity, tenant)) {
                    tenant.add(entity.getName());
                    grown = true;
                }
            }
        }
        return tenant;
    }

    private static boolean refersToTenant(JavaClass entity, Set<String> tenant) {
        for (JavaField field : entity.getAllFields()) {
            if (tenant.contains(field.getRawType().getName())) {
                return true;
            }
        }
        return false;
    }
}
