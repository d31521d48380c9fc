import { checkJava } from './dynamodb';

describe('checkJava', () => {
  const saved = process.env.JAVA_HOME;
  afterEach(() => {
    if (saved === undefined) delete process.env.JAVA_HOME;
    else process.env.JAVA_HOME = saved;
  });
  it('GIVEN no Java THEN an error that says how to install it', () => {
    process.env.JAVA_HOME = '/nonexistent-java';
    expect(() => checkJava()).toThrow(/Java was not found.*apt-get install -y openjdk-17-jre-headless/);
  });
});
