using KnowledgeBase.Application.Storage;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Activity;
using KnowledgeBase.Storage.Postgres.Hosting;
using KnowledgeBase.TestSupport.Postgres;
using KnowledgeBase.Storage.Postgres;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Storage.Tests.Providers;

/// <summary>
/// Two web nodes on one PostgreSQL database (two separate service providers, each with its own
/// connections): what LiteDB's single process did under its locks stays right across processes.
/// </summary>
public sealed class TwoNodesTests(TemporaryPostgres postgres) : IClassFixture<TemporaryPostgres>
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void TwoNodesStartingTogether_MigrateOnce_AndBothStart()
    {
        var database = postgres.CreateDatabase();
        using var one = Node(database, start: false);
        using var two = Node(database, start: false);

        var applied = AtOnce(one, two, node => node.GetRequiredService<PostgresMigrator>().Migrate());

        Assert.Single(applied, a => a.Count > 0);
        Assert.Single(applied, a => a.Count == 0);
        Assert.Equal(one.GetRequiredService<PostgresMigrator>().Applied(), two.GetRequiredService<PostgresMigrator>().Applied());
    }

    [Fact]
    public void TheSameNameCreatedOnBothNodesAtOnce_IsStoredOnce()
    {
        var database = postgres.CreateDatabase();
        using var one = Node(database);
        using var two = Node(database);

        var outcomes = AtOnce(one, two, node =>
        {
            try
            {
                node.GetRequiredService<IUserStore>().Create(new UserAccount { UserName = "Anna", CreatedAt = Now });
                return true;
            }
            catch (DuplicateUserNameException)
            {
                return false;
            }
        });

        Assert.Single(outcomes, created => created);
        Assert.Equal(1, one.GetRequiredService<IUserStore>().Count());
    }

    [Fact]
    public void FailedSignInsCountedOnBothNodesAtOnce_AreAllCounted_AndLockOnce()
    {
        var database = postgres.CreateDatabase();
        using var one = Node(database);
        using var two = Node(database);
        var anna = one.GetRequiredService<IUserStore>().Create(new UserAccount { UserName = "anna", CreatedAt = Now });

        // 2 × 25 failures with a limit of 10: exactly 5 of them lock, and the counter ends at 0.
        var locks = AtOnce(one, two, node =>
            Enumerable.Range(0, 25).Select(_ => node.GetRequiredService<IUserStore>().CountFailedSignIn(anna.Id, 10, Now.AddMinutes(15))!.LockedNow).ToList())
            .SelectMany(l => l).ToList();

        Assert.Equal(5, locks.Count(locked => locked));
        var stored = two.GetRequiredService<IUserStore>().FindById(anna.Id)!;
        Assert.Equal(0, stored.FailedSignIns);
        Assert.Equal(Now.AddMinutes(15), stored.LockedUntil);
    }

    [Fact]
    public void ActivityPushedOnBothNodes_KeepsEveryDocumentOnce_NewestFirst_Capped()
    {
        var database = postgres.CreateDatabase();
        using var one = Node(database);
        using var two = Node(database);

        AtOnce(one, two, node =>
        {
            var first = ReferenceEquals(node, one) ? 0 : 1;
            for (var i = first; i < 60; i += 2)
            {
                node.GetRequiredService<IActivityStore>().RecordView(7, $"articles/en/a{i % 30}", Now.AddSeconds(i));
            }

            return 0;
        });

        var viewed = one.GetRequiredService<IActivityStore>().GetRecentlyViewed(7);
        Assert.Equal(ActivityStore.Capacity, viewed.Count);
        Assert.Equal(viewed.Count, viewed.Select(e => e.DocumentId).Distinct().Count());
    }

    [Fact]
    public void WhatOneNodeProtects_TheOtherUnprotects_WithTheKeyRingInTheDatabase()
    {
        var database = postgres.CreateDatabase();
        using var one = Node(database);
        using var two = Node(database);

        // What a sign-in cookie is: data protected by node one's key ring, read by node two.
        var cookie = one.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Protect("anna");

        Assert.Equal("anna", two.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Unprotect(cookie));
        using var context = one.GetRequiredService<IDbContextFactory<KnowledgeBaseDbContext>>().CreateDbContext();
        Assert.Single(context.DataProtectionKeys);
    }

    // Each node on a thread of its own, released together by a barrier: the calls really overlap.
    private static List<T> AtOnce<T>(ServiceProvider one, ServiceProvider two, Func<ServiceProvider, T> call)
    {
        using var go = new Barrier(2);
        var results = new T[2];
        var errors = new Exception?[2];
        var threads = new[] { one, two }.Select((node, i) => new Thread(() =>
        {
            try
            {
                go.SignalAndWait();
                results[i] = call(node);
            }
            catch (Exception e)
            {
                errors[i] = e;
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        if (errors.FirstOrDefault(e => e is not null) is { } error)
        {
            throw new AggregateException(error);
        }

        return [.. results];
    }

    private static ServiceProvider Node(string connectionString, bool start = true)
    {
        var services = new ServiceCollection();
        services.AddKnowledgeBaseDatabase(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = connectionString });
        var provider = services.BuildServiceProvider();
        if (start)
        {
            provider.GetRequiredService<IDatabaseStartup>().Start();
        }

        return provider;
    }
}
