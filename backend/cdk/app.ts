/** The whole CDK app: one backend stack and one stack per front-end app, none referring to another. */
import { Annotations, Tags, type App, type Stack } from 'aws-cdk-lib';
import { BACKEND_STACK_NAME, REMOTE_APPS, SHELL_APP, type FrontEndApp } from './apps';
import { FolioBackendStack } from './backend-stack';
import type { FolioContext } from './context';
import { missingBuild, resolveDist, type ResolvedDist } from './dist';
import { FolioRemoteStack } from './remote-stack';
import { FolioShellStack } from './shell-stack';

export interface FolioStacks {
  readonly backend: FolioBackendStack;
  readonly shell: FolioShellStack;
  readonly remotes: readonly FolioRemoteStack[];
}

export interface BuildOptions {
  readonly log?: (line: string) => void;
}

export function buildFolioApp(app: App, context: FolioContext, options: BuildOptions = {}): FolioStacks {
  const log = options.log ?? ((line: string) => console.error(line));
  const dist = (a: FrontEndApp) => resolveDist({ app: a.name, dir: context.distDirs[a.name] ?? a.defaultDist, log });
  /**
   * With requireBuilds, a placeholder is an error on that app's stack alone: the CLI fails a deploy only for
   * the stacks it selects, so `cdk deploy FolioCatalog` works before the shell is built, and never ships one.
   */
  const refusePlaceholder = (stack: Stack, a: FrontEndApp, resolved: ResolvedDist) => {
    if (resolved.placeholder && context.requireBuilds) {
      Annotations.of(stack).addError(
        `${a.name}: ${missingBuild(a.name, context.distDirs[a.name] ?? a.defaultDist)} (requireBuilds=true refuses the placeholder)`,
      );
    }
  };

  Tags.of(app).add('project', 'folio');
  const backend = new FolioBackendStack(app, BACKEND_STACK_NAME, {
    stripeSecretName: context.stripeSecretName,
    uploadOrigins: [context.shellOrigin],
  });
  const remotes = REMOTE_APPS.map((remote) => {
    const resolved = dist(remote);
    const version = context.releaseVersions[remote.name];
    const stack = new FolioRemoteStack(app, remote.stackName, {
      app: remote,
      dist: resolved.dir,
      shellOrigin: context.shellOrigin,
      version,
    });
    // Without a version the stack publishes no build, so there is no placeholder to refuse.
    if (version) refusePlaceholder(stack, remote, resolved);
    return stack;
  });
  const shellDist = dist(SHELL_APP);
  const shell = new FolioShellStack(app, SHELL_APP.stackName, {
    dist: shellDist.dir,
    remotes: REMOTE_APPS,
    remoteUrls: context.remoteUrls,
    amplifyOutputsFile: context.amplifyOutputsFile,
    requireOutputs: context.requireBuilds,
    log,
  });
  refusePlaceholder(shell, SHELL_APP, shellDist);
  if (context.shellOrigin === '*') {
    log(
      '[folio] shellOrigin is "*": remotes and cover uploads accept any origin. Pin it with -c shellOrigin=https://<shell domain>.',
    );
  }
  return { backend, shell, remotes };
}
