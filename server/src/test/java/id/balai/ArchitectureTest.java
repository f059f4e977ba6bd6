package id.balai;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Optional;
import java.util.Set;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The walls of docs/architecture.md, checked on the compiled server at every build (issue 20 item 1). A bounded
 * context is a package {@code id.balai.<context>} with the layers {@code domain}, {@code application},
 * {@code infrastructure} and {@code interfaces}; {@code platform} is the shared technical base.
 *
 * <p>Every rule holds with no exception and no allow-list: a breach fails the build.
 */
@AnalyzeClasses(packages = "id.balai", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final Set<String> OWN_LAYERS_ONLY = Set.of("infrastructure", "interfaces");

    @ArchTest
    static final ArchRule theDomainIsPlainJava = noClasses().that().resideInAPackage("id.balai..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "org.eclipse..", "io.openliberty..")
            .because("the domain is the regulation in code: no container, persistence or web types");

    @ArchTest
    static final ArchRule theApplicationLayerNeverUsesInterfaces = noClasses()
            .that().resideInAPackage("id.balai..application..")
            .should().dependOnClassesThat().resideInAPackage("id.balai..interfaces..")
            .because("use cases are called by the interfaces, never the other way round");

    @ArchTest
    static final ArchRule thePlatformKnowsNoContext = noClasses().that().resideInAPackage("id.balai.platform..")
            .should().dependOnClassesThat(resideInAContext())
            .because("the platform is the base every context stands on; it cannot stand on one of them");

    @ArchTest
    static final ArchRule noContextReachesIntoAnothersInfrastructureOrInterfaces = classes()
            .that().resideInAPackage("id.balai..").should(useOnlyTheirOwnInfrastructureAndInterfaces())
            .because("a context offers itself to the others through its application layer and its domain");

    /**
     * The contexts whose use cases reach their records through ports of their own application layer (issue 20 item
     * 2): there, no use case imports an adapter of a context. A context joins this list when its last adapter import goes;
     * docs/architecture.md lists the ones still to come.
     */
    static final String[] CONTEXTS_ON_PORTS = {"audit", "calendar", "complaints", "compliance", "coordination",
            "identity", "information", "intake", "letters", "notifications", "onboarding", "privacy", "register",
            "reporting"};

    @ArchTest
    static final ArchRule useCasesReachTheirRecordsThroughPorts = noClasses()
            .that().resideInAnyPackage(java.util.Arrays.stream(CONTEXTS_ON_PORTS).map(c -> "id.balai." + c
                    + ".application..").toArray(String[]::new))
            .should().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates
                    .resideInAPackage("id.balai..infrastructure..")
                    .and(com.tngtech.archunit.base.DescribedPredicate.not(com.tngtech.archunit.core.domain.JavaClass
                            .Predicates.resideInAPackage("id.balai.platform.."))))
            .because("a use case names what it needs (a port in its own application layer), and the adapter "
                    + "that provides it stays replaceable; the platform's technical base (locks, formats) is shared");

    @ArchTest
    static final ArchRule contextsDoNotDependOnEachOtherInACircle = slices().matching("id.balai.(*)..").should()
            .beFreeOfCycles();

    /** {@code calendar} for {@code id.balai.calendar.application.X}; empty for {@code id.balai.X}. */
    static Optional<String> context(JavaClass c) {
        String[] parts = c.getPackageName().split("\\.");
        return parts.length > 2 && parts[0].equals("id") && parts[1].equals("balai") ? Optional.of(parts[2])
                : Optional.empty();
    }

    private static Optional<String> layer(JavaClass c) {
        String[] parts = c.getPackageName().split("\\.");
        return parts.length > 3 ? Optional.of(parts[3]) : Optional.empty();
    }

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> resideInAContext() {
        return com.tngtech.archunit.base.DescribedPredicate.describe("reside in a bounded context",
                c -> context(c).filter(name -> !name.equals("platform")).isPresent());
    }

    private static ArchCondition<JavaClass> useOnlyTheirOwnInfrastructureAndInterfaces() {
        return new ArchCondition<>("use no other context's infrastructure or interfaces") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> own = context(origin);
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    Optional<String> other = context(target).filter(name -> !name.equals("platform"));
                    if (own.isPresent() && other.isPresent() && !own.equals(other)
                            && layer(target).filter(OWN_LAYERS_ONLY::contains).isPresent()) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }
}
