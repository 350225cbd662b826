global using GraphDsl;
global using InvokeAI.Nodes;
global using Xunit;
