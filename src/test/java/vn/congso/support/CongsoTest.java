package vn.congso.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * An integration test on the whole platform with the demo province loaded, on H2 or on the PostgreSQL named by
 * CONGSO_TEST_DB_URL. All tests share one application context (and one database), so they must not depend on
 * each other's data: create what you change, with unique codes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestDatabase.class)
@ContextConfiguration(initializers = TestMail.Initializer.class)
public @interface CongsoTest {
}
