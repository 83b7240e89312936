/**
 * Accounts: users, their roles (observer, partner member, project coordinator, admin), API tokens, and the audit
 * trail of every change. Other modules use only {@link space.consortium.accounts.Access} (the one place that decides
 * who may change what) and {@link space.consortium.accounts.AuditTrail} (records each write); user and token
 * management is {@link space.consortium.accounts.AccountService} and {@link space.consortium.accounts.TokenService}.
 * The web security set-up (form login, bearer tokens, CSRF, headers) is in {@code web}.
 */
@NullMarked
package space.consortium.accounts;

import org.jspecify.annotations.NullMarked;
