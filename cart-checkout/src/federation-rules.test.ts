import { describeFederationRules } from '@folio/config/web/test/federation-rules';

describeFederationRules(__dirname);
