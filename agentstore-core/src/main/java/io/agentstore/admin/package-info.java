/**
 * What operators need beyond the domains: the migration plan ({@code agentstore migrate --dry-run})
 * and the health checks of {@code agentstore doctor}.
 */
package io.agentstore.admin;
