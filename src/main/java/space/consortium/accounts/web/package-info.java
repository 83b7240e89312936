/** Sign-in, accounts, tokens and the audit trail's pages; the security filter chain and request limits. */
@NullMarked
package space.consortium.accounts.web;

import org.jspecify.annotations.NullMarked;
