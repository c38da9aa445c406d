import type { Question } from '@/lib/quiz/types';

const lesson = 'building-and-deploying';
const topic = 'building-and-deploying';

export const deliveryQuestions: Question[] = [
  {
    id: 'deploy-why-iac',
    kind: 'single',
    topic,
    difficulty: 'foundation',
    lesson: { lesson, section: 'why-infrastructure-as-code' },
    prompt: 'Why is infrastructure as code close to mandatory for a serverless application?',
    options: [
      {
        id: 'many',
        text: 'An application is dozens of small resources (functions, roles, policies, routes, queues, tables); files let every environment be created identically, reviewed and rolled back.',
        correct: true,
        explanation: 'Right. Clicking works once; a second environment, a code review of a permission change or a rollback at 2 a.m. need the description in version control.',
      },
      {
        id: 'required',
        text: 'AWS refuses to deploy functions created in the console.',
        correct: false,
        explanation: 'The console works; the problem is that nothing records or repeats what was clicked.',
      },
      {
        id: 'cheaper',
        text: 'Resources created from templates are billed at a lower rate.',
        correct: false,
        explanation: 'Prices do not depend on how a resource was created.',
      },
      {
        id: 'speed',
        text: 'Functions deployed through CloudFormation start faster.',
        correct: false,
        explanation: 'Cold starts depend on the runtime, package and init code, not on the deployment tool.',
      },
    ],
  },
  {
    id: 'deploy-least-privilege',
    kind: 'single',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'aws-sam' },
    prompt: 'A SAM template grants a handler that only inserts orders the `DynamoDBCrudPolicy` on its table. What is wrong, and what is the fix?',
    options: [
      {
        id: 'write',
        text: 'It also allows reads, scans and deletes the code never uses; least privilege says grant `DynamoDBWritePolicy` instead.',
        correct: true,
        explanation: 'Right. Wide permissions never fail in a demo, which is why they spread; in production they turn a bug or a stolen credential into data loss.',
      },
      {
        id: 'nothing',
        text: 'Nothing: CRUD is the standard policy for any function that touches a table.',
        correct: false,
        explanation: 'It is common, not correct: a function should hold only the permissions its code uses.',
      },
      {
        id: 'admin',
        text: 'It is too narrow; give the function administrator access so it never fails.',
        correct: false,
        explanation: 'That maximises the damage any bug can do; the aim is the narrowest grant that works.',
      },
      {
        id: 'role',
        text: 'Policies cannot be set in SAM; the role must be created by hand.',
        correct: false,
        explanation: 'SAM’s policy templates exist exactly to write these policies in the template, next to the function.',
      },
    ],
  },
  {
    id: 'deploy-cdk-synth',
    kind: 'single',
    topic,
    difficulty: 'foundation',
    lesson: { lesson, section: 'aws-cdk' },
    prompt: 'What does `cdk synth` do?',
    options: [
      { id: 'template', text: 'Runs the CDK program and writes out the CloudFormation template it describes, without deploying it.', correct: true, explanation: 'Right. Synthesis turns constructs into a template; `cdk deploy` hands that template to CloudFormation, as SAM does.' },
      { id: 'deploy', text: 'Deploys the stack straight to the account, bypassing CloudFormation.', correct: false, explanation: 'The CDK deploys through CloudFormation; it is SST version 3 and Pulumi that use their own engine.' },
      { id: 'test', text: 'Runs the function’s unit tests in a local container.', correct: false, explanation: 'That is closer to `sam local invoke`; synth only produces the template.' },
      { id: 'bootstrap', text: 'Prepares an account and region for the CDK.', correct: false, explanation: 'That is `cdk bootstrap`, done once per account and region.' },
    ],
  },
  {
    id: 'deploy-tool-facts',
    kind: 'multi',
    topic,
    difficulty: 'expert',
    lesson: { lesson, section: 'other-frameworks' },
    prompt: 'Which statements about serverless tooling are true today? Select all that apply.',
    options: [
      { id: 'sf-paid', text: 'Serverless Framework v4 needs a paid subscription for larger organisations', correct: true, explanation: 'Since May 2024, organisations above a revenue threshold pay, and every user signs in or supplies a licence key.' },
      { id: 'sf-aws', text: 'Serverless Framework v4 supports AWS only', correct: true, explanation: 'Version 4 dropped the other providers; the multi-cloud reputation belongs to version 3 and earlier.' },
      { id: 'sst-pulumi', text: 'SST v3 deploys through Pulumi’s engine rather than the CDK and CloudFormation', correct: true, explanation: 'That change removed CloudFormation’s stack limits and made non-AWS resources first-class, at the price of migrating v2 projects.' },
      { id: 'sam-multicloud', text: 'AWS SAM deploys to Azure and Google Cloud as well as AWS', correct: false, explanation: 'SAM is an extension of CloudFormation and is AWS only; Pulumi is the tool in the comparison that spans clouds.' },
      { id: 'cdk-yaml', text: 'The AWS CDK is written in YAML', correct: false, explanation: 'The CDK is a library for TypeScript, Python, Java, C# and Go; YAML templates are SAM’s and the Serverless Framework’s.' },
    ],
  },
  {
    id: 'deploy-gradual',
    kind: 'single',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'from-laptop-to-production' },
    prompt: 'How should a new version of a busy function reach production?',
    options: [
      {
        id: 'canary',
        text: 'From a pipeline, as a new version behind an alias, with CodeDeploy shifting a small share of traffic first and rolling back automatically if an alarm fires.',
        correct: true,
        explanation: 'Right. Gradual traffic shifting limits the blast radius of a bad release; SAM exposes it as AutoPublishAlias with a DeploymentPreference.',
      },
      {
        id: 'console',
        text: 'Edit the code in the console, where it takes effect at once.',
        correct: false,
        explanation: 'A console edit is overwritten by the next deployment or survives as invisible drift; production changes go through the pipeline.',
      },
      {
        id: 'laptop',
        text: 'Run `sam deploy` from the developer’s laptop after the tests pass there.',
        correct: false,
        explanation: 'A laptop is neither reproducible nor reviewed; a pipeline builds, tests, shows the diff and deploys.',
      },
      {
        id: 'all-at-once',
        text: 'Replace every environment at once, so all users get the fix together.',
        correct: false,
        explanation: 'All at once means all users get the bug together too; shifting gradually lets an alarm stop it early.',
      },
    ],
  },
  {
    id: 'deploy-ref-tags',
    kind: 'single',
    topic,
    difficulty: 'expert',
    lesson: { lesson, section: 'aws-sam' },
    prompt: 'A YAML linter reports "unknown tag !Ref" on a valid SAM template. Why?',
    options: [
      {
        id: 'tags',
        text: '`!Ref` and `!Sub` are CloudFormation’s short forms written as YAML tags; generic YAML tools need them registered as custom tags, or you can use the long form such as `Fn::Sub`.',
        correct: true,
        explanation: 'Right. CloudFormation understands the tags; a general-purpose parser does not until told, and the long form works everywhere.',
      },
      {
        id: 'invalid',
        text: 'The template is invalid: `!Ref` was removed from CloudFormation.',
        correct: false,
        explanation: 'The short forms are current and widely used; only generic YAML tooling stumbles on them.',
      },
      {
        id: 'sam-only',
        text: '`!Ref` only works in the CDK.',
        correct: false,
        explanation: 'The CDK generates templates from code and rarely needs them written by hand; `!Ref` is a CloudFormation template feature.',
      },
      {
        id: 'quote',
        text: 'The value must be in quotes: `"!Ref OrdersTable"`.',
        correct: false,
        explanation: 'Quoting makes it a plain string, and CloudFormation would no longer resolve the reference.',
      },
    ],
  },
];
