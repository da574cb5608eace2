package io.agentstore.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import io.agentstore.error.ErrorCode;
import io.agentstore.error.InvalidConfigurationException;

class StoreOptionsTest {

    private static void assertRejected(Executable build) {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, build);
        assertEquals(ErrorCode.INVALID_CONFIGURATION, e.code());
        assertFalse(e.hint().isBlank(), "the hint names the fix: " + e);
    }

    @Test
    void defaultsLeaveEverythingUnset() {
        StoreOptions o = StoreOptions.defaults();
        assertNull(o.poolMax());
        assertNull(o.poolMin());
        assertNull(o.schema());
        assertEquals(List.of(), o.replicas());
        assertEquals("", o.prefix(), "prefix() is never null");
    }

    @Test
    void poolSizesAreChecked() {
        assertRejected(() -> StoreOptions.builder().poolMax(0).build());
        assertRejected(() -> StoreOptions.builder().poolMax(1001).build());
        assertRejected(() -> StoreOptions.builder().poolMin(-1).build());
        assertRejected(() -> StoreOptions.builder().poolMin(6).poolMax(5).build());
        assertDoesNotThrow(() -> StoreOptions.builder().poolMin(0).poolMax(1).build());
        assertDoesNotThrow(() -> StoreOptions.builder().poolMin(1000).poolMax(1000).build());
        assertDoesNotThrow(() -> StoreOptions.builder().poolMin(5).build());
    }

    @Test
    void timeoutsAreChecked() {
        assertRejected(() -> StoreOptions.builder().connectionTimeout(Duration.ofMillis(249)).build());
        assertRejected(() -> StoreOptions.builder().connectionTimeout(Duration.ofSeconds(-1)).build());
        assertRejected(() -> StoreOptions.builder().idleTimeout(Duration.ofSeconds(-1)).build());
        assertDoesNotThrow(() -> StoreOptions.builder().connectionTimeout(Duration.ofMillis(250)).idleTimeout(Duration.ZERO).build());
    }

    @Test
    void tablePrefixAndSchemaMustBePlainIdentifiers() {
        for (String ok : new String[] {"", "dev_", "A1_b2", "x".repeat(32)}) {
            assertEquals(ok, StoreOptions.builder().tablePrefix(ok).build().prefix());
        }
        for (String bad : new String[] {"dev-", "a b", "x;drop table", "\"q\"", "x".repeat(33), "dév_"}) {
            assertRejected(() -> StoreOptions.builder().tablePrefix(bad).build());
        }
        for (String ok : new String[] {"agents", "_x", "a1_B2", "s".repeat(63)}) {
            assertEquals(ok, StoreOptions.builder().schema(ok).build().schema());
        }
        for (String bad : new String[] {"", "1abc", "a-b", "a.b", "public; drop", "s".repeat(64)}) {
            assertRejected(() -> StoreOptions.builder().schema(bad).build());
        }
    }

    @Test
    void resolveFillsUnsetOptionsFromTheUrlThenDefaults() {
        StoreOptions r = StoreOptions.defaults().resolve(StoreUrl.parse("postgresql://h/db"));
        assertEquals(StoreOptions.DEFAULT_POOL_MAX, r.poolMax());
        assertEquals(0, r.poolMin());
        assertEquals(StoreOptions.DEFAULT_CONNECTION_TIMEOUT, r.connectionTimeout());
        assertEquals(StoreOptions.DEFAULT_IDLE_TIMEOUT, r.idleTimeout());
        assertEquals("", r.tablePrefix());
        assertNull(r.schema());
        assertNull(r.sslMode());
        assertNull(r.authToken());
        assertEquals(List.of(), r.replicas());

        StoreOptions u = StoreOptions.defaults().resolve(StoreUrl.parse("postgresql://h/db?poolMax=20&poolMin=2&connectTimeout=5"
                + "&idleTimeout=60&schema=agents&tablePrefix=dev_&sslmode=verify-full&authToken=tok&replicas=postgresql://r1/db,postgresql://r2/db"));
        assertEquals(20, u.poolMax());
        assertEquals(2, u.poolMin());
        assertEquals(Duration.ofSeconds(5), u.connectionTimeout());
        assertEquals(Duration.ofSeconds(60), u.idleTimeout());
        assertEquals("agents", u.schema());
        assertEquals("dev_", u.tablePrefix());
        assertEquals(SslMode.VERIFY_FULL, u.sslMode());
        assertEquals("tok", u.authToken());
        assertEquals(List.of("postgresql://r1/db", "postgresql://r2/db"), u.replicas());

        StoreOptions mixedCase = StoreOptions.defaults().resolve(StoreUrl.parse("postgresql://h/db?SSLMode=require&TablePrefix=p_&POOLMAX=3"));
        assertEquals(SslMode.REQUIRE, mixedCase.sslMode());
        assertEquals("p_", mixedCase.tablePrefix());
        assertEquals(3, mixedCase.poolMax());
    }

    @Test
    void builderValuesWinOverTheUrl() {
        StoreOptions o = StoreOptions.builder().poolMax(7).schema("mine").tablePrefix("b_").sslMode(SslMode.DISABLE).authToken("builder")
                .replicas(List.of("postgresql://r9/db")).build();
        StoreOptions r = o.resolve(StoreUrl.parse("postgresql://h/db?poolMax=20&schema=url&tablePrefix=u_&sslmode=require&authToken=url"
                + "&replicas=postgresql://r1/db"));
        assertEquals(7, r.poolMax());
        assertEquals("mine", r.schema());
        assertEquals("b_", r.tablePrefix());
        assertEquals(SslMode.DISABLE, r.sslMode());
        assertEquals("builder", r.authToken());
        assertEquals(List.of("postgresql://r9/db"), r.replicas());
    }

    @Test
    void poolMinFromTheUrlNeverExceedsPoolMax() {
        StoreOptions r = StoreOptions.defaults().resolve(StoreUrl.parse("postgresql://h/db?poolMin=50"));
        assertTrue(r.poolMin() <= r.poolMax(), r.toString());
    }

    @Test
    void badUrlParametersAreConfigurationErrors() {
        for (String q : new String[] {"poolMax=abc", "poolMax=0", "poolMin=-2", "connectTimeout=soon", "connectTimeout=0",
                "sslmode=sometimes", "schema=bad-name", "tablePrefix=no-dash", "idleTimeout=-5"}) {
            assertRejected(() -> StoreOptions.defaults().resolve(StoreUrl.parse("postgresql://h/db?" + q)));
        }
    }

    @Test
    void sslModesParseInBothSpellings() {
        assertEquals(SslMode.VERIFY_FULL, SslMode.parse("verify-full"));
        assertEquals(SslMode.VERIFY_CA, SslMode.parse("VERIFY_CA"));
        assertEquals(SslMode.REQUIRE, SslMode.parse(" Require "));
        assertEquals(SslMode.DISABLE, SslMode.parse("disable"));
        assertEquals("verify-ca", SslMode.VERIFY_CA.urlValue());
        assertRejected(() -> SslMode.parse("on"));
    }

    @Test
    void toStringHidesTheTokenAndReplicaPasswords() {
        StoreOptions o = StoreOptions.builder().authToken("very-secret-token").replicas(List.of("postgresql://u:replica-pw@r1/db")).build();
        assertFalse(o.toString().contains("very-secret-token"), o.toString());
        assertFalse(o.toString().contains("replica-pw"), o.toString());
    }

    @Test
    void toBuilderCopiesEveryOption() {
        StoreOptions o = StoreOptions.builder().poolMin(1).poolMax(4).connectionTimeout(Duration.ofSeconds(3)).idleTimeout(Duration.ofSeconds(9))
                .schema("s").tablePrefix("p_").sslMode(SslMode.PREFER).authToken("t").replicas(List.of("postgresql://r/db")).build();
        assertEquals(o, o.toBuilder().build());
    }
}
