package io.github.altibaseportable;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.sql.SQLException;

/**
 * The layering the packages keep (CONTRIBUTING, "Where things are"): the engine knows nothing of JDBC
 * wrappers, keys or the driver; the catalog nothing of the wrappers; no package needs another that needs it
 * back; the wrappers are hand-written; and errors are made in one place.
 */
@AnalyzeClasses(packages = "io.github.altibaseportable", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule rewriteKnowsNothingOfJdbcKeysOrDriver = noClasses()
            .that()
            .resideInAPackage("io.github.altibaseportable.rewrite..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.github.altibaseportable.jdbc..",
                    "io.github.altibaseportable.keys..",
                    "io.github.altibaseportable.driver..");

    @ArchTest
    static final ArchRule catalogKnowsNothingOfJdbc = noClasses()
            .that()
            .resideInAPackage("io.github.altibaseportable.catalog..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.github.altibaseportable.jdbc..");

    @ArchTest
    static final ArchRule noPackageCycles =
            slices().matching("io.github.altibaseportable.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule wrappersNeverUseProxies = noClasses()
            .should()
            .dependOnClassesThat()
            .belongToAnyOf(java.lang.reflect.Proxy.class, java.lang.reflect.InvocationHandler.class);

    @ArchTest
    static final ArchRule onlySqlStateMakesTheDriversExceptions = noClasses()
            .that()
            .doNotBelongToAnyOf(SqlState.class)
            .should()
            .callConstructorWhere(DescribedPredicate.describe(
                    "of an SQLException",
                    (JavaConstructorCall call) -> call.getTargetOwner().isAssignableTo(SQLException.class)));
}
