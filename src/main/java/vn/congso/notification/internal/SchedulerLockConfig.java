package vn.congso.notification.internal;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cluster locks for every scheduled job of the platform (ShedLock on the {@code shedlock} table, V1_0): a method
 * annotated with {@code @Scheduled} and {@code @SchedulerLock(name = ...)} runs on one node at a time. Lives here
 * because the outbox job was the first to need it; other modules only add {@code @SchedulerLock} to their jobs
 * and share the {@code lockProvider} bean. Lock times come from the database clock, so nodes whose clocks drift
 * still agree.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT5M")
class SchedulerLockConfig {

    @Bean(name = "lockProvider")
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
