package com.pilotledger.app.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The modules are layers: api is pure data, the command side and the query side never see each other, and neither
 * sees the application. Every rule names packages that hold classes (ArchUnit fails a rule that matches nothing).
 */
@AnalyzeClasses(packages = "com.pilotledger", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule apiIsPureData = classes().that().resideInAPackage("com.pilotledger.api..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("com.pilotledger.api..", "java..");

    @ArchTest
    static final ArchRule commandSideDoesNotSeeTheQuerySide = noClasses()
            .that().resideInAPackage("com.pilotledger.command..")
            .should().dependOnClassesThat().resideInAnyPackage("com.pilotledger.query..", "com.pilotledger.app..");

    @ArchTest
    static final ArchRule querySideDoesNotSeeTheCommandSide = noClasses()
            .that().resideInAPackage("com.pilotledger.query..")
            .should().dependOnClassesThat().resideInAnyPackage("com.pilotledger.command..", "com.pilotledger.app..");

    @ArchTest
    static final ArchRule commandSideHasNoSpringBeyondTheAggregateStereotype = noClasses()
            .that().resideInAPackage("com.pilotledger.command..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..");

    @ArchTest
    static final ArchRule theApplicationReadsThroughQueriesNotTables = noClasses()
            .that().resideInAPackage("com.pilotledger.app..")
            .should().dependOnClassesThat().resideInAnyPackage("com.pilotledger.query..");
}
